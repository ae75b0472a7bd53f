// A few generic notes in the centre's language, the kind volunteers write: never a name, number or address.
import type { NoteLanguage } from './networkData';

type NoteKind = 'printed_twice' | 'came_back' | 'portal_slow' | 'form_help' | 'bring_id' | 'counter';

const NOTES: Readonly<Record<NoteLanguage, Readonly<Record<NoteKind, string>>>> = {
  sq: {
    printed_twice: 'U printua dy herë',
    came_back: 'Erdhi përsëri me dokumentet',
    portal_slow: 'Portali ishte i ngadaltë, u krye në provën e dytë',
    form_help: 'E ndihmuam të plotësojë formularin',
    bring_id: 'Duhet të kthehet me kartën e identitetit',
    counter: 'U drejtua te sporteli i bashkisë',
  },
  mk: {
    printed_twice: 'Печатено двапати',
    came_back: 'Дојде повторно со документите',
    portal_slow: 'Порталот беше бавен, успеа од вториот обид',
    form_help: 'Помогнавме со пополнување на формуларот',
    bring_id: 'Треба да се врати со лична карта',
    counter: 'Упатен на шалтер во општината',
  },
  'sr-Latn': {
    printed_twice: 'Štampano dva puta',
    came_back: 'Vratio se sa dokumentima',
    portal_slow: 'Portal je bio spor, uspelo iz drugog pokušaja',
    form_help: 'Pomogli smo oko popunjavanja obrasca',
    bring_id: 'Treba da se vrati sa ličnom kartom',
    counter: 'Upućen na šalter u opštini',
  },
  'sr-Cyrl': {
    printed_twice: 'Штампано два пута',
    came_back: 'Вратио се са документима',
    portal_slow: 'Портал је био спор, успело из другог покушаја',
    form_help: 'Помогли смо око попуњавања обрасца',
    bring_id: 'Треба да се врати са личном картом',
    counter: 'Упућен на шалтер у општини',
  },
  cnr: {
    printed_twice: 'Štampano dva puta',
    came_back: 'Vratio se sa dokumentima',
    portal_slow: 'Portal je bio spor, uspjelo iz drugog pokušaja',
    form_help: 'Pomogli smo oko popunjavanja obrasca',
    bring_id: 'Treba da se vrati sa ličnom kartom',
    counter: 'Upućen na šalter u opštini',
  },
};

export type NoteSituation = {
  isReturnVisit: boolean;
  isOutageDay: boolean;
  wasReferred: boolean;
  missingDocuments: boolean;
};

/** The note that fits the session best, or one of the generic ones. */
export function noteFor(language: NoteLanguage, situation: NoteSituation, roll: number): string {
  const notes = NOTES[language];
  if (situation.isOutageDay) return notes.portal_slow;
  if (situation.missingDocuments) return notes.bring_id;
  if (situation.wasReferred) return notes.counter;
  if (situation.isReturnVisit && roll < 0.5) return notes.came_back;
  return roll < 0.75 ? notes.form_help : notes.printed_twice;
}
