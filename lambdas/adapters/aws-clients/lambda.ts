import { LambdaClient } from '@aws-sdk/client-lambda';

let lambdaClient: LambdaClient | undefined;

export function lambda(): LambdaClient {
  lambdaClient ??= new LambdaClient({});
  return lambdaClient;
}
