import type * as fhir4 from 'fhir/r4';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { compileSegment, evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import { snapshotFromResources } from '../../../lambdas/domain/segments/snapshot';
import { listSamples, readSample } from '../../support/fhir-samples';

/*
 * Every catalog segment on the 30 public Synthea patients (`../shared/fhir-samples/synthea`), on a clock just
 * after their data ends (the last resource is dated 2021-02-25). The members below were picked by hand from the
 * bundles, one comment per patient naming the resource that qualifies them, not taken from the engine: this is
 * what a clinician reading the charts would flag. Synthea records hypertension as SNOMED CT 38341003, diabetes as
 * 44054006, colonoscopy as 73761001, HbA1c as LOINC 4548-4, blood pressure as the 55284-4 panel, influenza
 * vaccine as CVX 140. Four patients are deceased (Cathryn Windler, Dennis Durgan, Laticia Dibbert, Michele Wolf)
 * and belong to no segment.
 */

const NOW = new Date('2021-03-01T00:00:00Z');

const ALDEN_CONSIDINE = '39cc9d76-0952-4ded-9b39-b97d1e43b9cf';
const ELVINA_LEMKE = 'bf823ea4-d765-40f8-b243-bdfdb6521408';
const JACKI_FEIL = '98671a34-1c6e-4569-a1bc-6ee40c8d03a5';
const JORDAN_CRUICKSHANK = '3afaeb2a-9f18-40b5-8fe7-dfd882de2f2b';
const KARENA_PFEFFER = '58f620b1-910c-41b8-81cf-f8c7afd828b6';
const KATHE_ZIEME = '1299e4b5-bed9-4574-9233-ddfeb48d5c42';
const PATRIA_SCHIMMEL = '148f10e1-2182-4297-ac1f-39bb9eca6f1a';
const REYNA_ZIEMANN = '76d2fa2d-66a6-4823-8dab-52cd70822844';
const TOMMY_FRIESEN = '6234b038-fa0d-476f-b373-6c22de018cf7';
const TWANDA_RIPPIN = 'b85d7e00-3690-4e2a-87a0-f3d2dfc908b3';
const TWYLA_MOEN = '186ff984-f437-4817-8d35-0997a8b7f405';

const EXPECTED_MEMBERS: Record<string, readonly string[]> = {
  'hypertension-uncontrolled-bp': [
    KARENA_PFEFFER, // hypertension 38341003 active since 2013; BP panel 2020-04-16: 164/105
    KATHE_ZIEME, // hypertension 38341003 active since 1986; BP panel 2020-04-30: 159/91
    TWYLA_MOEN, // hypertension 38341003 active since 1964; BP panel 2020-09-27: 169/93
    // Not Reyna Ziemann: hypertensive (154/90), but her latest panel (2020-02-06) is older than 12 months.
    // Not Dennis Durgan: hypertensive, 171/108 in 2008, deceased.
  ],
  'uncontrolled-type-2-diabetes': [
    // Twyla Moen (type 2 since 1991) last HbA1c 7.0 % (2020-09-27); Patria Schimmel (type 2 since 2019) 7.6 % in
    // 2019-06, older than 12 months. Neither is at or above 9 %.
  ],
  'diabetes-no-hba1c-6m': [
    PATRIA_SCHIMMEL, // diabetes 44054006 active since 2019-06-25; last HbA1c that same day, 20 months ago
    // Not Twyla Moen: diabetic, HbA1c on 2020-09-27, within 6 months.
  ],
  'colorectal-screening-due': [
    ALDEN_CONSIDINE, // 71, no colonoscopy, sigmoidoscopy or stool test on record
    JACKI_FEIL, // 52, no screening on record
    PATRIA_SCHIMMEL, // 46, no screening on record
    REYNA_ZIEMANN, // 47 since 2021-02-28, no screening on record
    TWANDA_RIPPIN, // 48, no screening on record
    // Screened by colonoscopy 73761001 within 10 years: Burton Kozey 2018, Chad Quigley 2017, Clint Champlin 2017,
    // Elvina Lemke 2018, Jordan Cruickshank 2020, Kathe Zieme 2019, Tommy Friesen 2017, Twyla Moen 2016-11-29.
    // Christin Stiedemann is 78, over the age range.
  ],
  'breast-screening-due': [
    ELVINA_LEMKE, // female, 67, no mammogram on record (Synthea 2.4 records none)
    JACKI_FEIL, // female, 52, no mammogram
    JORDAN_CRUICKSHANK, // female, 55, no mammogram
    KATHE_ZIEME, // female, 52, no mammogram
    // Twyla Moen is 75 and Christin Stiedemann 78, over 74; Patria, Reyna and Twanda are under 50.
  ],
  'influenza-vaccine-due-65': [
    ALDEN_CONSIDINE, // 71, last influenza vaccine CVX 140 on 2020-07-23, before the season began on 1 September
    TOMMY_FRIESEN, // 73, last influenza vaccine CVX 140 on 2020-03-22
    // Vaccinated this season: Chad Quigley 2020-10-01, Christin Stiedemann 2020-11-10, Elvina Lemke 2020-11-03,
    // Twyla Moen 2020-09-27. Burton Kozey is 63.
  ],
  'no-encounter-18m': [
    PATRIA_SCHIMMEL, // last encounter 2019-06-25, more than 18 months before; every other living patient has one since
  ],
  // The latest inpatient stays of living patients ended in 2017 or before.
  'discharged-inpatient-7d': [],
  // Every living patient has encounters going back years.
  'new-patients-30d': [],
  // Synthea bundles carry no Appointment resources.
  'upcoming-appointment-7d': [],
  'missed-appointment-30d': [],
  // No platform engagement events exist for these patients.
  'not-engaged-90d': [],
};

interface SyntheaBundle {
  readonly entry: readonly { readonly resource: fhir4.FhirResource }[];
}

function syntheaSnapshots() {
  return listSamples('synthea').map((file) => {
    const resources = readSample<SyntheaBundle>('synthea', file).entry.map((entry) => entry.resource);
    const patient = resources.find((resource): resource is fhir4.Patient & { id: string } => {
      return resource.resourceType === 'Patient';
    });
    if (!patient) throw new Error(`${file} holds no Patient`);
    return snapshotFromResources(patient, resources);
  });
}

describe('the segment catalog on the public Synthea patients', () => {
  const snapshots = syntheaSnapshots();

  it('reads all thirty patients', () => {
    expect(snapshots).toHaveLength(30);
  });

  it('has a hand-written expectation for every catalog segment', () => {
    expect(Object.keys(EXPECTED_MEMBERS).sort()).toEqual(SEGMENT_CATALOG.map((definition) => definition.id).sort());
  });

  it.each(SEGMENT_CATALOG.map((definition) => [definition.id, definition] as const))(
    '%s finds the patients a clinician would flag',
    (id, definition) => {
      const segment = compileSegment(definition);

      const members = snapshots
        .filter((snapshot) => evaluateSegment(segment, snapshot, NOW).member)
        .map((snapshot) => snapshot.patientId);

      expect(members.sort()).toEqual([...(EXPECTED_MEMBERS[id] ?? [])].sort());
    },
  );
});
