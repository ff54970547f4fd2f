import { describe, expect, it } from 'vitest';
import {
  manualPaper,
  normaliseTitle,
} from '@/components/sidepanel/manual-paper';

describe('manualPaper', () => {
  it('keys a DOI in any written form by its lower-cased DOI', () => {
    expect(manualPaper('doi: 10.1148/Radiol.2020191145.')).toEqual({
      key: 'doi:10.1148/radiol.2020191145',
      aliases: [],
      metadata: { doi: '10.1148/Radiol.2020191145' },
    });
  });

  it('keys anything else by its normalised title', () => {
    expect(manualPaper(' Radiomics:\tImages  Are More than Pictures ')).toEqual(
      {
        key: 'title:radiomics images are more than pictures',
        aliases: [],
        metadata: { title: 'Radiomics: Images Are More than Pictures' },
      },
    );
  });

  it('returns undefined for blank or punctuation-only text', () => {
    expect(manualPaper('  ')).toBeUndefined();
    expect(manualPaper('-- ?')).toBeUndefined();
  });
});

describe('normaliseTitle', () => {
  it('drops accents, case and punctuation', () => {
    expect(normaliseTitle('Évaluation des Modèles: une Revue')).toBe(
      'evaluation des modeles une revue',
    );
  });
});
