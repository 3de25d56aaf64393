import { apiKinesisProxyPattern } from './catalog/apiKinesisProxy';
import { bigDataPipelinePattern } from './catalog/bigDataPipeline';
import { BLOCK_PATTERNS } from './catalog/blocks';
import { auroraHaPattern, elasticacheHaPattern } from './catalog/dataTierHa';
import { dynamodbGlobalTablePattern } from './catalog/dynamodbGlobalTable';
import { ecsFargateServicePattern } from './catalog/ecsFargateService';
import { lambdaRdsProxyPattern } from './catalog/lambdaRdsProxy';
import { microservicesAsyncPattern } from './catalog/microservicesAsync';
import { microservicesSyncPattern } from './catalog/microservicesSync';
import { orderedStreamingPattern } from './catalog/orderedStreaming';
import { paidContentPattern } from './catalog/paidContent';
import { s3EventFanoutPattern } from './catalog/s3EventFanout';
import { s3ThumbnailsPattern } from './catalog/s3Thumbnails';
import { serverlessBlogPattern } from './catalog/serverlessBlog';
import { serverlessCronPattern } from './catalog/serverlessCron';
import { serverlessRestApiPattern } from './catalog/serverlessRestApi';
import { snsSqsFanoutPattern } from './catalog/snsSqsFanout';
import { softwareUpdatesPattern } from './catalog/softwareUpdates';
import { sqsWorkerAsgPattern } from './catalog/sqsWorkerAsg';
import { staticSitePattern } from './catalog/staticSite';
import { stepFunctionsWorkflowPattern } from './catalog/stepFunctionsWorkflow';
import { threeTierVpcPattern } from './catalog/threeTierVpc';
import { webTierImprovedPattern } from './catalog/webTierImproved';
import { welcomeEmailPattern } from './catalog/welcomeEmail';
import type { PatternDefinition } from './types';

/** Every pattern ArchLens scaffolds, in the order of the spec's table. */
export const PATTERNS: readonly PatternDefinition[] = [
  staticSitePattern,
  serverlessBlogPattern,
  welcomeEmailPattern,
  s3ThumbnailsPattern,
  serverlessRestApiPattern,
  microservicesSyncPattern,
  microservicesAsyncPattern,
  paidContentPattern,
  softwareUpdatesPattern,
  bigDataPipelinePattern,
  threeTierVpcPattern,
  webTierImprovedPattern,
  sqsWorkerAsgPattern,
  snsSqsFanoutPattern,
  s3EventFanoutPattern,
  serverlessCronPattern,
  lambdaRdsProxyPattern,
  ecsFargateServicePattern,
  dynamodbGlobalTablePattern,
  orderedStreamingPattern,
  stepFunctionsWorkflowPattern,
  auroraHaPattern,
  elasticacheHaPattern,
  apiKinesisProxyPattern,
];

/** Building blocks, offered by `Add Pattern to Current Template…` next to the patterns. */
export const BLOCKS: readonly PatternDefinition[] = BLOCK_PATTERNS;

/** Patterns first, then blocks: everything that can be scaffolded or merged. */
export const ALL_BUILDABLE: readonly PatternDefinition[] = [...PATTERNS, ...BLOCKS];

const BY_ID: ReadonlyMap<string, PatternDefinition> = new Map(ALL_BUILDABLE.map((p) => [p.id, p]));

/** A pattern or block by id. */
export function findPattern(id: string): PatternDefinition | undefined {
  return BY_ID.get(id);
}
