import { firehoseTransformCode, ingestSummaryCode } from './bigData';
import type { InlineCode } from './inlineCode';
import { orderedPositionsCode } from './orderedPositions';
import { registerUserCode, signedUrlCode } from './paidContent';
import { serviceConsumerCode } from './serviceConsumer';
import { thumbnailCode } from './thumbnail';
import { todoApiCode } from './todoApi';
import { uptimeCheckCode } from './uptimeCheck';
import { visitCounterCode } from './visitCounter';
import { welcomeEmailCode } from './welcomeEmail';
import { fulfilOrderCode, requestApprovalCode, validateOrderCode } from './workflow';

/** All inline Lambda code the patterns ship, so tests can run each one. */
export const INLINE_CODE: readonly InlineCode[] = [
  welcomeEmailCode,
  thumbnailCode,
  todoApiCode,
  serviceConsumerCode,
  uptimeCheckCode,
  visitCounterCode,
  signedUrlCode,
  registerUserCode,
  firehoseTransformCode,
  ingestSummaryCode,
  orderedPositionsCode,
  validateOrderCode,
  requestApprovalCode,
  fulfilOrderCode,
];
