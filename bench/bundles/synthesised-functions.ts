import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Lambda function as `cdk synth` wrote it: its bundled asset and the environment it is deployed with. */
export interface SynthesisedFunction {
  /** The catalog id (`IngestFhirEvent`), the construct id under `Functions/`. */
  readonly id: string;
  /** The bundled handler, `index.js` in the function's asset folder. */
  readonly bundle: string;
  readonly memoryMb: number;
  /** The template's variables with every CloudFormation intrinsic resolved to a plausible value. */
  readonly environment: Readonly<Record<string, string>>;
}

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::AccountId': ACCOUNT,
  'AWS::Region': REGION,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'bench',
};

const arnOf = (name: string) => `arn:aws:bench:${REGION}:${ACCOUNT}:bench-${name.toLowerCase()}`;

/**
 * What a deployed function would read for a reference, an attribute or an import: never a real resource,
 * but shaped like one (an ARN where the attribute is one), so the configuration parses as it does in AWS.
 */
function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const intrinsic = value as Record<string, unknown>;
  if ('Ref' in intrinsic) {
    const name = String(intrinsic.Ref);
    return PSEUDO_PARAMETERS[name] ?? `bench-${name.toLowerCase()}`;
  }
  if ('Fn::GetAtt' in intrinsic) {
    const [logicalId, attribute] = intrinsic['Fn::GetAtt'] as [string, string];
    return /arn$/i.test(attribute) ? arnOf(logicalId) : `bench-${logicalId.toLowerCase()}`;
  }
  if ('Fn::ImportValue' in intrinsic) {
    const exported = resolve(intrinsic['Fn::ImportValue']).split(':').pop() ?? 'export';
    return exported.includes('Arn') ? arnOf(exported) : `bench-${exported.toLowerCase()}`;
  }
  if ('Fn::Join' in intrinsic) {
    const [separator, parts] = intrinsic['Fn::Join'] as [string, unknown[]];
    return parts.map(resolve).join(separator);
  }
  if ('Fn::Select' in intrinsic) {
    const [index, list] = intrinsic['Fn::Select'] as [number, unknown];
    return Array.isArray(list) ? resolve(list[index]) : `bench-${index}`;
  }
  return 'bench';
}

interface TemplateResource {
  readonly Type: string;
  readonly Metadata?: Record<string, string>;
  readonly Properties?: { MemorySize?: number; Environment?: { Variables?: Record<string, unknown> } };
}

/** Every bundled function in a cloud assembly (`cdk.out`), nested stacks included. */
export function readSynthesisedFunctions(assembly: string): SynthesisedFunction[] {
  const functions: SynthesisedFunction[] = [];
  for (const file of readdirSync(assembly).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(assembly, file), 'utf8')) as {
      Resources?: Record<string, TemplateResource>;
    };
    for (const resource of Object.values(template.Resources ?? {})) {
      const assetPath = resource.Metadata?.['aws:asset:path'];
      const constructPath = resource.Metadata?.['aws:cdk:path'];
      if (resource.Type !== 'AWS::Lambda::Function' || !assetPath || !constructPath) continue;
      const bundle = join(assembly, assetPath, 'index.js');
      // CDK's own helper functions (custom resources) are not bundled by us.
      const id = /\/Functions\/([^/]+)\/Function\/Resource$/.exec(constructPath)?.[1];
      if (!id || !existsSync(bundle)) continue;
      const variables = resource.Properties?.Environment?.Variables ?? {};
      functions.push({
        id,
        bundle,
        memoryMb: resource.Properties?.MemorySize ?? 128,
        environment: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, resolve(value)])),
      });
    }
  }
  return functions.sort((a, b) => a.id.localeCompare(b.id));
}

/** What the Lambda runtime adds to a function's own variables (no credentials that could reach AWS). */
export function lambdaRuntimeEnvironment(fn: SynthesisedFunction): Record<string, string> {
  return {
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: `bench-${fn.id}`,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
    AWS_LAMBDA_LOG_FORMAT: 'JSON',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    TZ: ':UTC',
  };
}
