import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../shared/schemas/eService';
import type { SessionDraft } from './formState';
import { ServiceOutcomes } from './ServiceOutcomes';
import { ServicePicker } from './ServicePicker';
import type { FormErrors } from './validation';

type Entry = SessionDraft['services'][number];
type Props = {
  catalogue: readonly EService[];
  scores: Record<string, number>;
  services: readonly Entry[];
  errors: FormErrors;
  /** Takes a change of the list, not a new list, so these callbacks stay stable (see SessionForm). */
  onServicesChange: (change: (services: readonly Entry[]) => Entry[]) => void;
};

/** The e-services of the session: the picker and, per chosen service, its outcome. */
export const ServicesSection = memo(function ServicesSection({ catalogue, scores, services, errors, onServicesChange }: Props) {
  const { t } = useTranslation('session');
  const selected = useMemo(() => services.map((s) => s.serviceCode), [services]);
  const add = useCallback((serviceCode: string) => onServicesChange((list) => [...list, { serviceCode, outcome: 'completed' }]), [onServicesChange]);
  const change = useCallback((i: number, entry: Entry) => onServicesChange((list) => list.map((s, j) => (j === i ? entry : s))), [onServicesChange]);
  const remove = useCallback((i: number) => onServicesChange((list) => list.filter((_, j) => j !== i)), [onServicesChange]);
  return (
    <>
      <ServicePicker catalogue={catalogue} scores={scores} selected={selected} error={errors.services ? t(errors.services) : undefined} onAdd={add} />
      <ServiceOutcomes entries={services} catalogue={catalogue} errors={errors} onChange={change} onRemove={remove} />
    </>
  );
});
