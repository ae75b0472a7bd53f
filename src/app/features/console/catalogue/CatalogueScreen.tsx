import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../../shared/schemas/eService';
import { COUNTRIES, type Country } from '../../../../shared/schemas/vocabulary';
import { isLanguage } from '../../../i18n/languages';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { FlashStatus } from '../FlashStatus';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { useFlash } from '../useFlash';
import { setActive } from './actions';
import { useCatalogue } from './queries';
import { RetireConfirm } from './RetireConfirm';
import { ServiceForm } from './ServiceForm';
import { ServiceTable } from './ServiceTable';

type Props = { country: Country; onCountry: (country: Country) => void };

/** The e-service catalogue per country: add, rename and translate, retire and reactivate; never delete. */
export function CatalogueScreen({ country, onCountry }: Props) {
  const { t, i18n } = useTranslation(['admin', 'vocabulary']);
  const lng = isLanguage(i18n.language) ? i18n.language : 'en';
  const catalogue = useCatalogue();
  const [editing, setEditing] = useState<EService | 'new' | null>(null);
  const [retiring, setRetiring] = useState<EService | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [flash, showFlash] = useFlash();
  const services = (catalogue.data ?? []).filter((s) => s.country === country);

  function saved() {
    setEditing(null);
    setRetiring(null);
    setProblem(null);
    showFlash(t('status.saved'));
    catalogue.reload();
  }

  async function reactivate(service: EService) {
    const result = await setActive(service, true);
    if (result.status === 'saved') saved();
    else if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <>
      <div className="row spread">
        <h1>{t('catalogue.title')}</h1>
        {editing === null && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('catalogue.add')}
          </Button>
        )}
      </div>
      <SelectField<Country>
        label={t('catalogue.country')}
        placeholder={t('actions.choose')}
        choices={COUNTRIES.map((c) => ({ value: c, label: t(`vocabulary:country.${c}`) }))}
        value={country}
        onChange={(next) => {
          setEditing(null);
          onCountry(next);
        }}
      />
      {editing !== null && (
        <ServiceForm key={editing === 'new' ? `new-${country}` : editing.code} service={editing === 'new' ? undefined : editing} country={country} onSaved={saved} onCancel={() => setEditing(null)} />
      )}
      <FormAlert problem={problem ?? catalogue.problem} />
      {catalogue.data && <ServiceTable services={services} onEdit={setEditing} onRetire={setRetiring} onReactivate={(s) => void reactivate(s)} />}
      {retiring && <RetireConfirm service={retiring} name={retiring.names[lng]} onDone={saved} onCancel={() => setRetiring(null)} />}
      <FlashStatus message={flash} />
    </>
  );
}
