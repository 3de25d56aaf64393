/**
 * Every Ref, GetAtt, Sub variable, DependsOn, Condition and FindInMap in a template
 * resolves, and every parameter, condition and mapping is used.
 */
type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

const PSEUDO = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

export function checkReferences(template: Record<string, Json>): string[] {
  const errors: string[] = [];
  const section = (name: string) => (isObject(template[name]) ? (template[name] as Record<string, Json>) : {});
  const parameters = section('Parameters');
  const resources = section('Resources');
  const conditions = section('Conditions');
  const mappings = section('Mappings');
  const outputs = section('Outputs');
  const used = { parameters: new Set<string>(), conditions: new Set<string>(), mappings: new Set<string>() };

  const useName = (name: string, where: string, attribute?: string): void => {
    if (PSEUDO.has(name)) return;
    if (attribute !== undefined) {
      if (!(name in resources)) errors.push(`${where}: ${name}.${attribute} names no resource`);
      return;
    }
    if (name in parameters) used.parameters.add(name);
    else if (!(name in resources)) errors.push(`${where}: ${name} is neither a parameter nor a resource`);
  };
  const useCondition = (name: Json, where: string): void => {
    if (typeof name !== 'string' || !(name in conditions)) errors.push(`${where}: condition ${String(name)} does not exist`);
    else used.conditions.add(name);
  };

  const visit = (value: Json, where: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${where}[${i}]`));
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [key] = keys;
      const arg = value[key];
      switch (key) {
        case 'Ref':
          if (typeof arg !== 'string') errors.push(`${where}: Ref takes a name`);
          else useName(arg, where);
          return;
        case 'Fn::GetAtt':
          if (!Array.isArray(arg) || typeof arg[0] !== 'string') errors.push(`${where}: GetAtt takes [Resource, Attribute]`);
          else if (!(arg[0] in resources)) errors.push(`${where}: GetAtt ${arg[0]} names no resource`);
          if (Array.isArray(arg)) visit(arg[1], `${where}.Fn::GetAtt`);
          return;
        case 'Fn::Sub': {
          const text = Array.isArray(arg) ? arg[0] : arg;
          const variables = Array.isArray(arg) && isObject(arg[1]) ? arg[1] : {};
          if (typeof text !== 'string') {
            errors.push(`${where}: Sub takes a string`);
            return;
          }
          for (const match of text.matchAll(/\$\{(?!!)([^}]*)\}/g)) {
            const variable = match[1].trim();
            if (variable in variables) continue;
            const dot = variable.indexOf('.');
            if (dot < 0) useName(variable, where);
            else useName(variable.slice(0, dot), where, variable.slice(dot + 1));
          }
          for (const name of Object.keys(variables)) {
            if (!text.includes(`\${${name}}`)) errors.push(`${where}: Sub variable ${name} is never used`);
          }
          visit(variables, `${where}.Fn::Sub`);
          return;
        }
        case 'Fn::If':
          if (!Array.isArray(arg) || arg.length !== 3) errors.push(`${where}: If takes [Condition, then, else]`);
          else {
            useCondition(arg[0], where);
            visit(arg[1], `${where}.then`);
            visit(arg[2], `${where}.else`);
          }
          return;
        case 'Condition':
          useCondition(arg, where);
          return;
        case 'Fn::FindInMap': {
          if (!Array.isArray(arg) || arg.length < 3) {
            errors.push(`${where}: FindInMap takes [Map, Key, Key]`);
            return;
          }
          const [mapName, top, second] = arg;
          if (typeof mapName !== 'string' || !(mapName in mappings)) errors.push(`${where}: mapping ${String(mapName)} does not exist`);
          else {
            used.mappings.add(mapName);
            const map = mappings[mapName] as Record<string, Record<string, Json>>;
            if (typeof top === 'string' && !(top in map)) errors.push(`${where}: mapping ${mapName} has no key ${top}`);
            else if (typeof top === 'string' && typeof second === 'string' && !(second in map[top])) errors.push(`${where}: mapping ${mapName}.${top} has no key ${second}`);
          }
          arg.forEach((item, i) => visit(item, `${where}.Fn::FindInMap[${i}]`));
          return;
        }
        default:
          break;
      }
    }
    for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`);
  };

  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    if (resource.Condition !== undefined) useCondition(resource.Condition, `Resources.${id}.Condition`);
    const dependsOn = resource.DependsOn === undefined ? [] : Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
    for (const target of dependsOn) {
      if (typeof target !== 'string' || !(target in resources)) errors.push(`Resources.${id}.DependsOn: ${String(target)} names no resource`);
      if (target === id) errors.push(`Resources.${id}.DependsOn: depends on itself`);
    }
    visit(resource.Properties, `Resources.${id}.Properties`);
    visit(resource.Metadata, `Resources.${id}.Metadata`);
  }
  for (const [id, output] of Object.entries(outputs)) {
    if (!isObject(output)) continue;
    if (output.Condition !== undefined) useCondition(output.Condition, `Outputs.${id}.Condition`);
    visit(output.Value, `Outputs.${id}.Value`);
    visit(output.Export, `Outputs.${id}.Export`);
  }
  for (const [id, expression] of Object.entries(conditions)) visit(expression, `Conditions.${id}`);

  for (const name of Object.keys(parameters)) if (!used.parameters.has(name)) errors.push(`Parameters.${name} is never used`);
  for (const name of Object.keys(conditions)) if (!used.conditions.has(name)) errors.push(`Conditions.${name} is never used`);
  for (const name of Object.keys(mappings)) if (!used.mappings.has(name)) errors.push(`Mappings.${name} is never used`);
  return errors;
}
