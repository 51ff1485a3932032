import type { operations } from './openapi.generated';

type Success<R> = R extends { 200: infer A }
  ? A
  : R extends { 201: infer B }
    ? B
    : R extends { 202: infer C }
      ? C
      : never;

/** The JSON body an operation answers with on success, by its `operationId` in the route table. */
export type ResponseOf<Id extends keyof operations> =
  Success<operations[Id]['responses']> extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body an operation takes. */
export type BodyOf<Id extends keyof operations> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Caller = ResponseOf<'getCaller'>;
export type Permission = Caller['permissions'][number];
export type Role = Caller['roles'][number];
