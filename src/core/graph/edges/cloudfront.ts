import { mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { seqItems, type EdgeContext } from './context';

/**
 * CloudFront distributions:
 * - `origin`: distribution → what each `Origins[i].DomainName` names: a bucket
 *   (`GetAtt B.RegionalDomainName`/`DomainName`, or `WebsiteURL` cut with Select/Split),
 *   a load balancer (`GetAtt LB.DNSName`), an API (`!Sub ${Api}.execute-api…`), a function
 *   URL (drawn to its function). Origin: the origin entry; detail: its `Id`.
 * - `invokes`: distribution → Lambda@Edge functions (`LambdaFunctionAssociations`, often a
 *   `Ref` to a version) and CloudFront Functions (`FunctionAssociations`) of the default and
 *   the other cache behaviors. Origin: the association entry; detail: its `EventType`.
 */
export function addCloudFrontEdges(ctx: EdgeContext): void {
  for (const distribution of ctx.resourcesOf('AWS::CloudFront::Distribution')) {
    const config = mapGet(distribution.effectiveProperties, 'DistributionConfig');
    for (const origin of seqItems(mapGet(config, 'Origins'))) {
      const id = resolveString(ctx.template, mapGet(origin, 'Id'));
      for (const target of ctx.namedIn(mapGet(origin, 'DomainName'))) ctx.link(distribution.id, ctx.behindAlias(target), 'origin', origin, id);
    }
    const behaviors = [mapGet(config, 'DefaultCacheBehavior'), ...seqItems(mapGet(config, 'CacheBehaviors'))];
    for (const behavior of behaviors) {
      for (const [list, arnProperty] of [['LambdaFunctionAssociations', 'LambdaFunctionARN'], ['FunctionAssociations', 'FunctionARN']]) {
        for (const association of seqItems(mapGet(behavior, list))) {
          const eventType = resolveString(ctx.template, mapGet(association, 'EventType'));
          for (const fn of ctx.namedIn(mapGet(association, arnProperty))) ctx.link(distribution.id, ctx.behindAlias(fn), 'invokes', association, eventType);
        }
      }
    }
  }
}
