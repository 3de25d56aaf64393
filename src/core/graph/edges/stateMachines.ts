import { mapGet, type TemplatePath } from '../../parse/nodes';
import { collectReferences } from '../references';
import { INVOCABLE_TYPES, type EdgeContext } from './context';

/** Properties that hold or feed a state machine's Amazon States Language definition. */
const DEFINITION_PROPERTIES = ['Definition', 'DefinitionString', 'DefinitionSubstitutions'];

/**
 * `invokes`: state machine → each function (and queue, topic, table, stream, nested state
 * machine, …) its definition names, wherever the name sits: a `Resource`/`Parameters`
 * value, a `${Var}` in `DefinitionString`, or a `DefinitionSubstitutions` entry.
 * Origin: the intrinsic that names it. Detail: the state's name when the definition is a
 * map (the last `States.<Name>` on the path); a JSON string or a substitution has none.
 */
export function addStateMachineEdges(ctx: EdgeContext): void {
  for (const machine of ctx.resourcesOf('AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine')) {
    const properties = machine.effectiveProperties;
    for (const property of DEFINITION_PROPERTIES) {
      const value = mapGet(properties, property);
      const base = value && ctx.template.pathOf(value);
      if (!base) continue;
      for (const reference of collectReferences(value, base)) {
        if (!ctx.resource(reference.target)) continue;
        const target = ctx.behindAlias(reference.target);
        if (!INVOCABLE_TYPES.has(ctx.typeOf(target) ?? '')) continue;
        ctx.link(machine.id, target, 'invokes', reference.path, stateName(reference.path, base.length));
      }
    }
  }
}

function stateName(path: TemplatePath, definitionStart: number): string | undefined {
  for (let i = path.length - 2; i >= definitionStart; i--) {
    if (path[i] === 'States' && typeof path[i + 1] === 'string') return path[i + 1] as string;
  }
  return undefined;
}
