import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../../../src/core/model/template';

const isTemplate = (text: string, fileName: string) => loadTemplate(text, { fileName }).isTemplate;

test('CloudFormation and SAM templates are detected in each of the three ways', () => {
  assert.equal(isTemplate("AWSTemplateFormatVersion: '2010-09-09'\n", 't.yaml'), true);
  assert.equal(isTemplate('Transform: AWS::Serverless-2016-10-31\nResources: {}\n', 't.yaml'), true);
  assert.equal(isTemplate('Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n', 't.yaml'), true);
  assert.equal(isTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n', 't.yml'), true);
  assert.equal(isTemplate('Resources:\n  C:\n    Type: Custom::Thing\n', 't.yml'), true);
  assert.equal(isTemplate('{"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}', 't.json'), true);
  assert.equal(isTemplate('{"AWSTemplateFormatVersion": "2010-09-09"}', 't.template'), true);
});

test('look-alike YAML and JSON files are not templates', () => {
  const workflow = 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
  const kubernetes = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n';
  const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
  const packageJson = '{"name": "x", "version": "1.0.0", "scripts": {"test": "node --test"}}';
  const openApi = 'openapi: 3.0.0\ninfo: {title: x, version: "1"}\npaths:\n  /items:\n    get:\n      responses: {"200": {description: ok}}\n';
  const resourcesNotAws = 'Resources:\n  thing:\n    Type: file\n';
  assert.equal(isTemplate(workflow, '.github/workflows/ci.yml'), false);
  assert.equal(isTemplate(kubernetes, 'k8s/deployment.yaml'), false);
  assert.equal(isTemplate(compose, 'docker-compose.yml'), false);
  assert.equal(isTemplate(packageJson, 'package.json'), false);
  assert.equal(isTemplate(openApi, 'openapi.yaml'), false);
  assert.equal(isTemplate(resourcesNotAws, 'x.yaml'), false);
});

test('a template broken mid-edit is still recognised from its text', () => {
  assert.equal(isTemplate("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [\n", 't.yaml'), true);
  assert.equal(isTemplate('name: CI\non: [push\n', 'ci.yml'), false);
});
