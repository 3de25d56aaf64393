import { intrinsicName, isSeq, mapGet, scalarString, toPlain, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { isAbsent, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId } from '../../graph/references';
import type { ResourceGraph } from '../../graph/types';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

const FILE_SYSTEM = 'AWS::EFS::FileSystem';
const MOUNT_TARGET = 'AWS::EFS::MountTarget';
const ACCESS_POINT = 'AWS::EFS::AccessPoint';
/** Resources that carry the mount for the resources that launch from them. */
const LAUNCH_CONFIG_TYPES = new Set(['AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::ECS::TaskDefinition']);
const STRUCTURAL = new Set(['ref', 'getatt', 'sub', 'depends-on']);

/** A key that tells two subnets apart: the logical id or parameter named, or the literal. */
function subnetKey(template: Template, node: CfnNode): string | undefined {
  if (intrinsicName(node) === 'Fn::If') return undefined;
  const id = referencedId(node);
  if (id) return `id:${id}`;
  const literal = resolveString(template, node);
  return literal !== undefined ? `lit:${literal}` : `expr:${JSON.stringify(toPlain(node))}`;
}

/**
 * How many distinct subnets a subnet list spans: a literal list, or a list parameter's
 * comma-separated default. Undefined when the template doesn't decide it.
 */
function subnetCount(template: Template, node: CfnNode | undefined): number | undefined {
  if (node === undefined || isAbsent(node)) return undefined;
  if (isSeq(node)) {
    const keys = new Set<string>();
    let unknown = false;
    for (const item of node.items) {
      const key = subnetKey(template, item);
      if (key) keys.add(key);
      else unknown = true;
    }
    return unknown && keys.size < 2 ? undefined : keys.size;
  }
  if (intrinsicName(node) === 'Ref') {
    const text = resolveString(template, node);
    return text === undefined ? undefined : new Set(text.split(',').map((s) => s.trim()).filter(Boolean)).size;
  }
  return undefined;
}

interface Mounts {
  mountTargets: Resource[];
  subnets: Map<string, CfnNode>;
  unknown: boolean;
}

interface User {
  /** The resources that mount it (several for standalone instances). */
  ids: string[];
  subnets: number;
}

/**
 * File systems used by a resource: directly, through an access point or mount target, or
 * through its launch template / task definition (memoized, as many groups share one).
 */
function fileSystemsUsedBy(template: Template, graph: ResourceGraph, id: string, fsOf: Map<string, string>, memo: Map<string, Set<string>>, depth = 0): Set<string> {
  const cached = memo.get(id);
  if (cached) return cached;
  const out = new Set<string>();
  for (const edge of graph.outgoing(id)) {
    if (!STRUCTURAL.has(edge.kind)) continue;
    const fs = fsOf.get(edge.to);
    if (fs) out.add(fs);
    else if (depth === 0 && LAUNCH_CONFIG_TYPES.has(template.resources.get(edge.to)?.type ?? '')) {
      for (const nested of fileSystemsUsedBy(template, graph, edge.to, fsOf, memo, 1)) out.add(nested);
    }
  }
  memo.set(id, out);
  return out;
}

export const efsSingleAzMountTargets: Rule = {
  meta: {
    id: 'AL206',
    name: 'efs-single-az-mount-targets',
    category: 'storage',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html',
    description: {
      en: 'EFS file system has a mount target in one subnet while its users span several',
      ko: 'EFS 파일 시스템의 탑재 대상은 한 서브넷에만 있는데 사용하는 쪽은 여러 서브넷에 걸쳐 있음',
    },
    messages: {
      singleMountTarget: {
        en: "File system '{resource}' has a mount target only in {subnet}, but what mounts it ({users}) spans {count} subnets: the other AZs mount across zones and lose the files when that one AZ fails.",
        ko: "파일 시스템 '{resource}'의 탑재 대상은 {subnet}에만 있는데, 이를 탑재하는 리소스({users})는 {count}개 서브넷에 걸쳐 있습니다. 다른 AZ는 영역을 건너 탑재하게 되고, 그 AZ 하나에 장애가 나면 파일에 접근할 수 없습니다.",
      },
      oneZone: {
        en: "File system '{resource}' is EFS One Zone with its only mount target in {subnet}, but what mounts it ({users}) spans {count} subnets: an outage of that AZ takes the shared files away from all of them.",
        ko: "파일 시스템 '{resource}'은(는) EFS One Zone이라 탑재 대상이 {subnet} 하나뿐인데, 이를 탑재하는 리소스({users})는 {count}개 서브넷에 걸쳐 있습니다. 그 AZ가 중단되면 모두가 공유 파일을 잃습니다.",
      },
    },
    lesson: {
      why: {
        en: 'EFS is a Regional file system precisely so that instances in several AZs can share the same files. Clients reach it through the mount target in their own AZ; with one mount target, every other AZ mounts across zones (extra latency and data-transfer cost) and all of them lose the file system when that AZ fails.',
        ko: 'EFS는 여러 AZ의 인스턴스가 같은 파일을 공유할 수 있도록 만든 리전 단위 파일 시스템입니다. 클라이언트는 자기 AZ의 탑재 대상으로 접근합니다. 탑재 대상이 하나뿐이면 다른 AZ는 모두 영역을 건너 탑재하고(지연과 데이터 전송 비용 증가), 그 AZ에 장애가 나면 모두가 파일 시스템을 잃습니다.',
      },
      scenario: {
        en: 'The notes pick EFS when containers or instances deployed across several AZs need shared, persistent storage: mounted EFS shares data even across Availability Zones. For high availability they build EFS across two AZs so it can serve as the failover store.',
        ko: '노트는 여러 AZ에 배포된 컨테이너나 인스턴스가 공유 영구 스토리지를 필요로 할 때 EFS를 고릅니다. EFS를 탑재하면 가용 영역이 달라도 데이터를 공유할 수 있습니다. 고가용성을 위해서는 두 가용 영역에 걸쳐 EFS를 구축해 장애 조치 저장소로 씁니다.',
      },
      answer: {
        en: 'Add an AWS::EFS::MountTarget for the file system in one subnet of every AZ its clients run in (for example one per private subnet of the Auto Scaling group), each with a security group that allows NFS (2049) from the app tier.',
        ko: '클라이언트가 실행되는 모든 AZ의 서브넷 하나마다(예를 들어 Auto Scaling 그룹의 프라이빗 서브넷마다) 이 파일 시스템의 AWS::EFS::MountTarget을 추가하고, 각각 앱 계층에서 오는 NFS(2049)를 허용하는 보안 그룹을 붙이세요.',
      },
    },
    seeds: ['001', '003'],
  },
  check({ template, graph, report }) {
    const fileSystems = template.resourcesOfType(FILE_SYSTEM);
    if (fileSystems.length === 0) return;
    const isFs = (id: string | undefined) => !!id && template.resources.get(id)?.type === FILE_SYSTEM;

    // Mount targets and access points stand for their file system when something uses them.
    const fsOf = new Map<string, string>(fileSystems.map((fs) => [fs.id, fs.id]));
    const mounts = new Map<string, Mounts>();
    for (const target of template.resourcesOfType(MOUNT_TARGET)) {
      const fs = referencedId(mapGet(target.properties, 'FileSystemId'));
      if (!isFs(fs)) continue;
      fsOf.set(target.id, fs!);
      const entry = mounts.get(fs!) ?? mounts.set(fs!, { mountTargets: [], subnets: new Map(), unknown: false }).get(fs!)!;
      entry.mountTargets.push(target);
      const subnet = mapGet(target.properties, 'SubnetId');
      const key = subnet ? subnetKey(template, subnet) : undefined;
      if (key && subnet) entry.subnets.set(key, subnet);
      else entry.unknown = true;
    }
    for (const point of template.resourcesOfType(ACCESS_POINT)) {
      const fs = referencedId(mapGet(point.properties, 'FileSystemId'));
      if (isFs(fs)) fsOf.set(point.id, fs!);
    }

    // The users of each file system, with how many subnets they span.
    const memo = new Map<string, Set<string>>();
    const users = new Map<string, User[]>();
    const addUser = (fsIds: Set<string>, user: User) => {
      for (const fs of fsIds) (users.get(fs) ?? users.set(fs, []).get(fs)!).push(user);
    };
    for (const asg of template.resourcesOfType('AWS::AutoScaling::AutoScalingGroup')) {
      const used = fileSystemsUsedBy(template, graph, asg.id, fsOf, memo);
      const count = subnetCount(template, mapGet(asg.properties, 'VPCZoneIdentifier'));
      if (used.size > 0 && count !== undefined) addUser(used, { ids: [asg.id], subnets: count });
    }
    for (const service of template.resourcesOfType('AWS::ECS::Service')) {
      const used = fileSystemsUsedBy(template, graph, service.id, fsOf, memo);
      const subnets = mapGet(mapGet(mapGet(service.properties, 'NetworkConfiguration'), 'AwsvpcConfiguration'), 'Subnets');
      const count = subnetCount(template, subnets);
      if (used.size > 0 && count !== undefined) addUser(used, { ids: [service.id], subnets: count });
    }
    for (const fn of lambdaFunctions(template)) {
      const used = fileSystemsUsedBy(template, graph, fn.id, fsOf, memo);
      const count = subnetCount(template, effectiveProperty(template, fn, 'VpcConfig', 'SubnetIds')?.node);
      if (used.size > 0 && count !== undefined) addUser(used, { ids: [fn.id], subnets: count });
    }
    // Standalone instances count together: two instances in two subnets span two subnets.
    const instanceSubnets = new Map<string, { ids: string[]; keys: Set<string> }>();
    for (const instance of template.resourcesOfType('AWS::EC2::Instance')) {
      const used = fileSystemsUsedBy(template, graph, instance.id, fsOf, memo);
      if (used.size === 0) continue;
      const interfaces = mapGet(instance.properties, 'NetworkInterfaces');
      const subnet = mapGet(instance.properties, 'SubnetId') ?? (isSeq(interfaces) ? mapGet(interfaces.items[0], 'SubnetId') : undefined);
      const key = subnet ? subnetKey(template, subnet) : undefined;
      if (!key) continue;
      for (const fs of used) {
        const entry = instanceSubnets.get(fs) ?? instanceSubnets.set(fs, { ids: [], keys: new Set() }).get(fs)!;
        entry.ids.push(instance.id);
        entry.keys.add(key);
      }
    }
    for (const [fs, entry] of instanceSubnets) addUser(new Set([fs]), { ids: entry.ids, subnets: entry.keys.size });

    for (const fs of fileSystems) {
      const entry = mounts.get(fs.id);
      if (!entry || entry.unknown || entry.subnets.size !== 1) continue;
      const user = (users.get(fs.id) ?? []).find((u) => u.subnets >= 2);
      if (!user) continue;
      const [[key, subnetNode]] = [...entry.subnets];
      const oneZone = mapGet(fs.properties, 'AvailabilityZoneName') !== undefined;
      const path: TemplatePath = template.pathOf(subnetNode) ?? ['Resources', entry.mountTargets[0].id, 'Properties', 'SubnetId'];
      report({
        messageId: oneZone ? 'oneZone' : 'singleMountTarget',
        path,
        resourceId: fs.id,
        data: {
          resource: fs.id,
          subnet: key.startsWith('id:') ? key.slice(3) : (scalarString(subnetNode) ?? key.slice(key.indexOf(':') + 1)),
          users: user.ids.join(', '),
          count: user.subnets,
        },
      });
    }
  },
};
