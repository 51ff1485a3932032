import { ENGAGEMENT_KINDS, KINDS, RESOURCE_TYPES } from '../../../console/src/pages/segments/criteria-tree';
import {
  ENGAGEMENT_KINDS as DEFINITION_ENGAGEMENT_KINDS,
  SEGMENT_RESOURCE_TYPES,
  segmentDefinitionSchema,
} from '../../../lambdas/domain/segments/definition-schema';

/**
 * The console may not import the domain, and the OpenAPI document types a segment definition only as an object,
 * so the builder spells the definition language's vocabulary itself. This keeps the two from drifting: a kind,
 * resource type or engagement kind added to the definition language is offered by the builder, and the builder
 * offers nothing the server refuses.
 */
describe("the segment builder's vocabulary", () => {
  it('offers exactly the criterion kinds of the definition schema', () => {
    const kinds = Object.keys(segmentDefinitionSchema.$defs.node.properties);
    expect(KINDS.map((entry) => entry.kind).sort()).toEqual([...kinds].sort());
  });

  it('offers exactly the resource types and engagement kinds the definitions accept', () => {
    expect([...RESOURCE_TYPES].sort()).toEqual([...SEGMENT_RESOURCE_TYPES].sort());
    expect([...ENGAGEMENT_KINDS].sort()).toEqual([...DEFINITION_ENGAGEMENT_KINDS].sort());
  });
});
