import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '../../../lambdas/domain/validation/ajv';
import { validateSendRequest } from '../../../lambdas/domain/validation/generated/validators';
import { typedValidator } from '../../../lambdas/domain/validation/validator';
import { generatedValidatorModules, VALIDATED_SCHEMAS } from '../../../scripts/validated-schemas';

const ROOT = join(__dirname, '../../..');

describe('the validators generated at build time', () => {
  it.each(generatedValidatorModules().map((module) => [module.path, module.source]))(
    '%s is what the schemas and the option set generate now: `npm run schemas` was run after the last change',
    (path, source) => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(source);
    },
  );

  it('answer as the same schema compiled at run time with the factory does, errors included', () => {
    const atRunTime = createAjv().compile(VALIDATED_SCHEMAS.validateSendRequest as object);
    const generated = typedValidator<unknown>(validateSendRequest);
    const request = { patientId: 'p-1', channel: 'carrier-pigeon' };

    expect(generated(request)).toBe(false);
    expect(generated(request)).toBe(atRunTime(request));
    expect(generated.errors).toEqual(atRunTime.errors);
  });
});
