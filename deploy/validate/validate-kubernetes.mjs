// Validates every Kubernetes object in the YAML files of a folder against the Kubernetes OpenAPI schemas that the
// kubernetes-models package ships (no cluster needed). Usage: node validate-kubernetes.mjs <folder>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const folder = process.argv[2] ?? "../kubernetes";
let checked = 0;
let failed = 0;
for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  for (const document of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
    if (document.errors.length > 0) {
      console.error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      failed++;
      continue;
    }
    const object = document.toJS();
    if (!object || object.apiVersion?.startsWith("kustomize.config.k8s.io/")) {
      continue; // kustomize's own file is not a Kubernetes object
    }
    // "apps/v1" → kubernetes-models/apps/v1; core "v1" → kubernetes-models/v1; the export is named after the kind.
    const module = await import(`kubernetes-models/${object.apiVersion}`);
    const Model = module[object.kind];
    const name = `${file}: ${object.kind}/${object.metadata?.name}`;
    if (!Model) {
      console.error(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
      failed++;
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`ok   ${name}`);
      checked++;
    } catch (error) {
      console.error(`FAIL ${name}: ${error.message}`);
      failed++;
    }
  }
}
console.log(`${checked} objects valid, ${failed} invalid`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
