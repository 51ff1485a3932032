/**
 * The real codes the synthetic population uses, as data, with their display names.
 *
 * Sources (codes checked against these, displays as the code systems publish them):
 * - LOINC: https://loinc.org (search by code, e.g. https://loinc.org/4548-4/)
 * - SNOMED CT: https://browser.ihtsdotools.org (International Edition)
 * - CVX: CDC IIS code set, https://www2a.cdc.gov/vaccines/iis/iisstandards/vaccines.asp?rpt=cvx
 * - RxNorm: https://mor.nlm.nih.gov/RxNav
 * - HL7 terminology: https://terminology.hl7.org/ (v3-ActCode, v3-ActReason, v2-0131, v2-0203, v2-0276,
 *   condition-clinical, condition-ver-status, condition-category, observation-category, service-type,
 *   discharge-disposition, appointment-cancellation-reason); the timezone extension:
 *   https://hl7.org/fhir/extensions/StructureDefinition-timezone.html
 * - UCUM: https://ucum.org; BCP 47 language tags: https://www.rfc-editor.org/info/bcp47
 * - IANA time zone database: https://www.iana.org/time-zones; NANP area codes: https://nationalnanpa.com
 *   (phone numbers use only the fictional 555-0100..555-0199 range)
 */

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  ucum: 'http://unitsofmeasure.org',
  bcp47: 'urn:ietf:bcp:47',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  contactRelationship: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  appointmentType: 'http://terminology.hl7.org/CodeSystem/v2-0276',
  serviceType: 'http://terminology.hl7.org/CodeSystem/service-type',
  cancellationReason: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
} as const;

export const TIMEZONE_EXTENSION_URL = 'http://hl7.org/fhir/StructureDefinition/timezone';

const coding =
  (system: string) =>
  (code: string, display: string): Coding => ({ system, code, display });
const loinc = coding(SYSTEMS.loinc);
const snomed = coding(SYSTEMS.snomed);
const cvx = coding(SYSTEMS.cvx);
const rxnorm = coding(SYSTEMS.rxnorm);
const icd10cm = coding(SYSTEMS.icd10cm);

export const OBSERVATION_CODES = {
  hba1c: loinc('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood'),
  bloodPressurePanel: loinc('85354-9', 'Blood pressure panel with all children optional'),
  systolic: loinc('8480-6', 'Systolic blood pressure'),
  diastolic: loinc('8462-4', 'Diastolic blood pressure'),
  bmi: loinc('39156-5', 'Body mass index (BMI) [Ratio]'),
  bodyWeight: loinc('29463-7', 'Body weight'),
  ldl: loinc('2089-1', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma'),
  ldlDirect: loinc('18262-6', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay'),
  egfr: loinc(
    '33914-3',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)',
  ),
  fit: loinc('29771-3', 'Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay'),
  fitFirstSpecimen: loinc(
    '57905-2',
    'Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay --1st specimen',
  ),
} as const;

export const RESULT_CODES = {
  negative: snomed('260385009', 'Negative (qualifier value)'),
  positive: snomed('10828004', 'Positive (qualifier value)'),
} as const;

/** UCUM units: `unit` is what people read, `code` what machines compare. */
export const UNITS = {
  percent: { unit: '%', code: '%' },
  mmHg: { unit: 'mm[Hg]', code: 'mm[Hg]' },
  kg: { unit: 'kg', code: 'kg' },
  bmi: { unit: 'kg/m2', code: 'kg/m2' },
  mgPerDl: { unit: 'mg/dL', code: 'mg/dL' },
  egfr: { unit: 'mL/min/{1.73_m2}', code: 'mL/min/{1.73_m2}' },
} as const;

/**
 * How EHR problem lists really code two of the conditions, besides the concept the generator draws: the parent
 * SNOMED CT concept, ICD-10-CM alone (claims-fed lists), or both in one CodeableConcept. A Condition's id picks
 * one (`recordedCodingOf`), so the variety costs no random draw and the rest of a population stays the same.
 */
export const RECORDED_CODINGS: Partial<Record<keyof typeof CONDITION_CODES, readonly (readonly Coding[])[]>> = {
  essentialHypertension: [
    [snomed('38341003', 'Hypertensive disorder, systemic arterial (disorder)')],
    [icd10cm('I10', 'Essential (primary) hypertension')],
    [snomed('59621000', 'Essential hypertension (disorder)'), icd10cm('I10', 'Essential (primary) hypertension')],
  ],
  type2Diabetes: [
    [snomed('73211009', 'Diabetes mellitus (disorder)')],
    [icd10cm('E11.9', 'Type 2 diabetes mellitus without complications')],
    [
      snomed('44054006', 'Diabetes mellitus type 2 (disorder)'),
      icd10cm('E11.9', 'Type 2 diabetes mellitus without complications'),
    ],
  ],
};

export const CONDITION_CODES = {
  type2Diabetes: snomed('44054006', 'Diabetes mellitus type 2 (disorder)'),
  essentialHypertension: snomed('59621000', 'Essential hypertension (disorder)'),
  prediabetes: snomed('15777000', 'Prediabetes (finding)'),
  hyperlipidemia: snomed('55822004', 'Hyperlipidemia (disorder)'),
  asthma: snomed('195967001', 'Asthma (disorder)'),
  copd: snomed('13645005', 'Chronic obstructive lung disease (disorder)'),
  obesity: snomed('414916001', 'Obesity (disorder)'),
  chronicKidneyDisease: snomed('709044004', 'Chronic kidney disease (disorder)'),
  heartFailure: snomed('84114007', 'Heart failure (disorder)'),
  depression: snomed('35489007', 'Depressive disorder (disorder)'),
} as const;

export type ConditionKey = keyof typeof CONDITION_CODES;

export const PROCEDURE_CODES = {
  colonoscopy: snomed('73761001', 'Colonoscopy (procedure)'),
  screeningMammography: snomed('24623002', 'Screening mammography (procedure)'),
} as const;

export const VACCINE_CODES = {
  influenzaPreservativeFree: cvx('140', 'Influenza, seasonal, injectable, preservative free'),
  influenzaInjectable: cvx('141', 'Influenza, seasonal, injectable'),
  influenzaQuadrivalentPreservativeFree: cvx('150', 'Influenza, injectable, quadrivalent, preservative free'),
  influenzaQuadrivalent: cvx('158', 'Influenza, injectable, quadrivalent, contains preservative'),
  influenzaHighDose: cvx('197', 'Influenza, high-dose seasonal, quadrivalent, 0.7mL dose, preservative free'),
  covidMrna: cvx('208', 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose'),
  covidUnspecified: cvx('213', 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED FORMULATION'),
  td: cvx('113', 'Td (adult) preservative free'),
  tdap: cvx('115', 'Tdap'),
  pneumococcalPolysaccharide: cvx('33', 'pneumococcal polysaccharide PPV23'),
  pneumococcalConjugate: cvx('133', 'Pneumococcal conjugate PCV 13'),
  zosterRecombinant: cvx('187', 'zoster vaccine recombinant'),
} as const;

export const MEDICATION_CODES = {
  metformin: rxnorm('860975', '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet'),
  lisinopril: rxnorm('314076', 'lisinopril 10 MG Oral Tablet'),
  hydrochlorothiazide: rxnorm('310798', 'Hydrochlorothiazide 25 MG Oral Tablet'),
  simvastatin: rxnorm('314231', 'Simvastatin 10 MG Oral Tablet'),
  albuterol: rxnorm('351137', 'albuterol 0.21 MG/ML Inhalation Solution'),
} as const;

export const ENCOUNTER_CLASSES = {
  ambulatory: coding(SYSTEMS.actCode)('AMB', 'ambulatory'),
  inpatient: coding(SYSTEMS.actCode)('IMP', 'inpatient encounter'),
  emergency: coding(SYSTEMS.actCode)('EMER', 'emergency'),
} as const;

export const ENCOUNTER_TYPES = {
  checkUp: snomed('185349003', 'Encounter for check up (procedure)'),
  wellChild: snomed('410620009', 'Well child visit (procedure)'),
  followUp: snomed('390906007', 'Follow-up encounter (procedure)'),
  symptom: snomed('185345009', 'Encounter for symptom (procedure)'),
  emergencyRoom: snomed('50849002', 'Emergency room admission (procedure)'),
  hospitalAdmission: snomed('32485007', 'Hospital admission (procedure)'),
} as const;

export const DISCHARGE_DISPOSITIONS = {
  home: coding(SYSTEMS.dischargeDisposition)('home', 'Home'),
  skilledNursingFacility: coding(SYSTEMS.dischargeDisposition)('snf', 'Skilled nursing facility'),
} as const;

export const APPOINTMENT_CODES = {
  generalPractice: coding(SYSTEMS.serviceType)('124', 'General Practice'),
  immunization: coding(SYSTEMS.serviceType)('57', 'Immunization'),
  specialtyGeneralPractice: snomed('394814009', 'General practice (specialty) (qualifier value)'),
  routine: coding(SYSTEMS.appointmentType)('ROUTINE', 'Routine appointment - default if not valued'),
  followUp: coding(SYSTEMS.appointmentType)('FOLLOWUP', 'A follow up visit from a previous appointment'),
  checkUp: coding(SYSTEMS.appointmentType)('CHECKUP', 'A routine check-up, such as an annual physical'),
  cancelledByPatient: coding(SYSTEMS.cancellationReason)('pat', 'Patient'),
} as const;

export const CONDITION_STATUS = {
  active: coding(SYSTEMS.conditionClinical)('active', 'Active'),
  inactive: coding(SYSTEMS.conditionClinical)('inactive', 'Inactive'),
  remission: coding(SYSTEMS.conditionClinical)('remission', 'Remission'),
  resolved: coding(SYSTEMS.conditionClinical)('resolved', 'Resolved'),
  confirmed: coding(SYSTEMS.conditionVerification)('confirmed', 'Confirmed'),
  provisional: coding(SYSTEMS.conditionVerification)('provisional', 'Provisional'),
  problemListItem: coding(SYSTEMS.conditionCategory)('problem-list-item', 'Problem List Item'),
} as const;

export const OBSERVATION_CATEGORIES = {
  laboratory: coding(SYSTEMS.observationCategory)('laboratory', 'Laboratory'),
  vitalSigns: coding(SYSTEMS.observationCategory)('vital-signs', 'Vital Signs'),
} as const;

export const MEDICAL_RECORD_NUMBER = coding(SYSTEMS.identifierType)('MR', 'Medical record number');
export const NEXT_OF_KIN = coding(SYSTEMS.contactRelationship)('N', 'Next-of-Kin');
export const PATIENT_OBJECTION = coding(SYSTEMS.actReason)('PATOBJ', 'patient objection');

export const ENGLISH = coding(SYSTEMS.bcp47)('en-US', 'English (United States)');

/** Preferred languages, weighted roughly like US households (ACS "language spoken at home"). */
export const LANGUAGES: readonly (readonly [Coding, number])[] = [
  [ENGLISH, 80.5],
  [coding(SYSTEMS.bcp47)('es', 'Spanish'), 13],
  [coding(SYSTEMS.bcp47)('zh', 'Chinese'), 1.8],
  [coding(SYSTEMS.bcp47)('vi', 'Vietnamese'), 1.2],
  [coding(SYSTEMS.bcp47)('tl', 'Tagalog'), 0.8],
  [coding(SYSTEMS.bcp47)('ko', 'Korean'), 0.6],
  [coding(SYSTEMS.bcp47)('fr', 'French'), 0.6],
  [coding(SYSTEMS.bcp47)('ar', 'Arabic'), 0.6],
  [coding(SYSTEMS.bcp47)('ru', 'Russian'), 0.5],
  [coding(SYSTEMS.bcp47)('de', 'German'), 0.4],
];

export interface City {
  readonly city: string;
  readonly state: string;
  /** First three digits of the city's ZIP codes; the last two are synthetic. */
  readonly zipPrefix: string;
  readonly areaCode: string;
}

export interface UsTimeZone {
  readonly zone: string;
  /** Rough share of the US population. */
  readonly weight: number;
  readonly cities: readonly City[];
}

const city = (name: string, state: string, zipPrefix: string, areaCode: string): City => ({
  city: name,
  state,
  zipPrefix,
  areaCode,
});

export const US_TIME_ZONES: readonly UsTimeZone[] = [
  {
    zone: 'America/New_York',
    weight: 46,
    cities: [
      city('New York', 'NY', '100', '212'),
      city('Philadelphia', 'PA', '191', '215'),
      city('Boston', 'MA', '021', '617'),
      city('Atlanta', 'GA', '303', '404'),
      city('Miami', 'FL', '331', '305'),
      city('Charlotte', 'NC', '282', '704'),
      city('Baltimore', 'MD', '212', '410'),
      city('Columbus', 'OH', '432', '614'),
      city('Washington', 'DC', '200', '202'),
    ],
  },
  { zone: 'America/Detroit', weight: 2, cities: [city('Detroit', 'MI', '482', '313')] },
  { zone: 'America/Indiana/Indianapolis', weight: 1.5, cities: [city('Indianapolis', 'IN', '462', '317')] },
  {
    zone: 'America/Chicago',
    weight: 28,
    cities: [
      city('Chicago', 'IL', '606', '312'),
      city('Houston', 'TX', '770', '713'),
      city('Dallas', 'TX', '752', '214'),
      city('San Antonio', 'TX', '782', '210'),
      city('Minneapolis', 'MN', '554', '612'),
      city('St. Louis', 'MO', '631', '314'),
      city('Nashville', 'TN', '372', '615'),
      city('New Orleans', 'LA', '701', '504'),
    ],
  },
  {
    zone: 'America/Denver',
    weight: 5,
    cities: [
      city('Denver', 'CO', '802', '303'),
      city('Salt Lake City', 'UT', '841', '801'),
      city('Albuquerque', 'NM', '871', '505'),
    ],
  },
  { zone: 'America/Boise', weight: 0.5, cities: [city('Boise', 'ID', '837', '208')] },
  {
    zone: 'America/Phoenix',
    weight: 2.2,
    cities: [city('Phoenix', 'AZ', '850', '602'), city('Tucson', 'AZ', '857', '520')],
  },
  {
    zone: 'America/Los_Angeles',
    weight: 13,
    cities: [
      city('Los Angeles', 'CA', '900', '213'),
      city('San Diego', 'CA', '921', '619'),
      city('San Francisco', 'CA', '941', '415'),
      city('Seattle', 'WA', '981', '206'),
      city('Portland', 'OR', '972', '503'),
      city('Las Vegas', 'NV', '891', '702'),
    ],
  },
  { zone: 'America/Anchorage', weight: 0.3, cities: [city('Anchorage', 'AK', '995', '907')] },
  { zone: 'Pacific/Honolulu', weight: 0.5, cities: [city('Honolulu', 'HI', '968', '808')] },
];
