import type { InlineCode } from './inlineCode';
import { serviceConsumerCode } from './serviceConsumer';
import { thumbnailCode } from './thumbnail';
import { todoApiCode } from './todoApi';
import { uptimeCheckCode } from './uptimeCheck';
import { visitCounterCode } from './visitCounter';
import { welcomeEmailCode } from './welcomeEmail';

/** All inline Lambda code the patterns ship, so tests can run each one. */
export const INLINE_CODE: readonly InlineCode[] = [welcomeEmailCode, thumbnailCode, todoApiCode, serviceConsumerCode, uptimeCheckCode, visitCounterCode];
