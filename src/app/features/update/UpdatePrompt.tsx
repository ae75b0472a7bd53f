import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate } from '../../pwa/swBridge';
import { Button } from '../../ui/Button';
import { useUpdateState } from './useUpdateState';

/** A new version is offered, never forced; it waits while a form holds unsaved input or sync writes. */
export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const { isWaiting, isHeld } = useUpdateState();
  const [isAccepted, setIsAccepted] = useState(false);
  const [isDismissed, setIsDismissed] = useState(false);

  useEffect(() => {
    if (isWaiting && isAccepted && !isHeld) void applyUpdate();
  }, [isWaiting, isAccepted, isHeld]);

  if (!isWaiting || isDismissed) return null;
  return (
    <div className="banner banner-info" role="status">
      <span>{isAccepted && isHeld ? t('update.waitingForForm') : t('update.available')}</span>
      {!isAccepted && (
        <>
          <Button variant="primary" onClick={() => setIsAccepted(true)}>{t('update.apply')}</Button>
          <Button onClick={() => setIsDismissed(true)}>{t('update.later')}</Button>
        </>
      )}
    </div>
  );
}
