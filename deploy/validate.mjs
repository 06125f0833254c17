// Validates Parley's Kubernetes manifests offline, without a cluster.
//
// For the base and every overlay under deploy/k8s it renders the
// kustomization (`kubectl kustomize DIR`, or the command in $KUSTOMIZE) and
// checks every rendered object:
//   - against the Kubernetes schemas: `new Model(object).validate()` of the
//     matching kubernetes-models class (pinned in package.json);
//   - for fields the schema does not know (a misspelt `readinesProbe`), which
//     the schemas let through but `kubectl apply --validate=strict` rejects;
//     field lists come from the same package's type declarations;
//   - against Parley's own rules: gRPC liveness/readiness probes on the
//     health service of the right container and port, drain deadline below
//     the grace period, securityContext, resources, labels, Services and
//     PodDisruptionBudgets that select a workload, the query service's
//     secondary directory on a volume of its own, files named in arguments
//     present in the ConfigMaps mounted there.
// Prints one line per problem and "N passed, N failed" (objects); exits 1 on
// any problem.
//
// Usage: node validate.mjs [--self-test] [KUSTOMIZATION_DIR...]
//   --self-test  also breaks rendered objects on purpose and checks that each
//                break is reported (proves the checks can fail).

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as models from "kubernetes-models";
import { parseAllDocuments } from "yaml";

const DEPLOY_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = dirname(DEPLOY_DIR);
const NODE_MODULES = join(DEPLOY_DIR, "node_modules");

// The gRPC service each Parley binary serves (and reports health for).
const GRPC_SERVICE_OF_BINARY = {
  ingest_service: "parley.v1.IngestService",
  query_service: "parley.v1.QueryService",
};
const REQUIRED_LABELS = [
  "app.kubernetes.io/name",
  "app.kubernetes.io/instance",
  "app.kubernetes.io/part-of",
  "app.kubernetes.io/version",
];
const WORKLOAD_KINDS = new Set(["StatefulSet", "Deployment", "DaemonSet", "Job"]);

// ---------------------------------------------------------------------------
// Rendering

function kustomizationDirs() {
  const k8s = join(DEPLOY_DIR, "k8s");
  const dirs = [join(k8s, "base")];
  const overlays = join(k8s, "overlays");
  for (const name of readdirSync(overlays).sort()) {
    if (existsSync(join(overlays, name, "kustomization.yaml"))) {
      dirs.push(join(overlays, name));
    }
  }
  return dirs;
}

// Returns the objects `kubectl kustomize dir` renders.
function render(dir) {
  const command = (process.env.KUSTOMIZE || "kubectl kustomize").split(/\s+/);
  const text = execFileSync(command[0], [...command.slice(1), dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
  const objects = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length) {
      throw new Error(`${dir}: YAML error: ${document.errors.map((e) => e.message).join("; ")}`);
    }
    const object = document.toJS();
    if (object !== null) objects.push(object);
  }
  return objects;
}

// ---------------------------------------------------------------------------
// Schema validation with kubernetes-models

// "apps/v1" -> ["apps", "v1"]; "v1" -> ["", "v1"].
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? ["", apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

// The kubernetes-models export of an API group: "" -> v1 namespace root,
// "networking.k8s.io" -> networkingK8sIo.
function modelClass(apiVersion, kind) {
  const [group, version] = splitApiVersion(apiVersion);
  const groupKey = group
    .split(".")
    .map((part, i) => (i ? part[0].toUpperCase() + part.slice(1) : part))
    .join("");
  const versions = group ? models[groupKey] : models;
  return versions?.[version]?.[kind];
}

function schemaErrors(object) {
  const Model = modelClass(object.apiVersion, object.kind);
  if (!Model) return [`no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    const details = error.errors?.map((e) => `${e.instancePath || "/"} ${e.message}`);
    return details?.length ? details.map((d) => `schema: ${d}`) : [`schema: ${error.message}`];
  }
}

// Field lists from the type declarations (.d.ts) of kubernetes-models.
// A type is { file, fields: Map(name -> type text) } or null for a leaf.
const typeCache = new Map();

function declarationFile(fromFile, module) {
  const base = module.startsWith(".") ? join(dirname(fromFile), module) : join(NODE_MODULES, module);
  return `${base}.d.ts`;
}

// Parses the first interface of a .d.ts file: its fields and imports.
function loadInterface(file) {
  if (typeCache.has(file)) return typeCache.get(file);
  const text = readFileSync(file, "utf8");
  const imports = new Map();
  for (const match of text.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)) {
    imports.set(match[1], declarationFile(file, match[2]));
  }
  const body = text.match(/^export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/m);
  let result = null;
  if (body) {
    const fields = new Map();
    for (const match of body[1].matchAll(/^ {4}"([^"]+)"\??: (.*)$/gm)) {
      fields.set(match[1], match[2].replace(/;$/, ""));
    }
    result = { file, fields, imports };
  }
  typeCache.set(file, result);
  return result;
}

// The .d.ts file of the model class for apiVersion/kind.
function modelDeclaration(apiVersion, kind) {
  const [group, version] = splitApiVersion(apiVersion);
  return join(NODE_MODULES, "kubernetes-models", group, version, `${kind}.d.ts`);
}

// Appends to `problems` a line for every field of `value` that the
// interface declared in `file` does not have, recursively.
function unknownFields(value, file, path, problems) {
  const type = loadInterface(file);
  if (!type || value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const declared = type.fields.get(key);
    if (declared === undefined) {
      problems.push(`unknown field ${path}/${key} (not in the ${posix.basename(file, ".d.ts")} schema)`);
      continue;
    }
    const reference = declared.match(/^(?:Array<)?(IIoK8s\w+)>?$/);
    if (!reference) continue; // a scalar, enum, map or inline type
    const childFile = type.imports.get(reference[1]);
    if (!childFile) throw new Error(`validate.mjs: cannot resolve ${reference[1]} in ${file}`);
    const items = declared.startsWith("Array<") && Array.isArray(child) ? child : [child];
    items.forEach((item, i) =>
      unknownFields(item, childFile, declared.startsWith("Array<") ? `${path}/${key}/${i}` : `${path}/${key}`, problems),
    );
  }
}

// ---------------------------------------------------------------------------
// Parley's rules

// Absl duration ("20s", "1m30s", "500ms") in seconds, or NaN.
function durationSeconds(text) {
  const units = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9 };
  let total = 0;
  let rest = text;
  while (rest.length) {
    const match = rest.match(/^(\d+(?:\.\d+)?)(h|ms|m|s|us|ns)/);
    if (!match) return NaN;
    total += Number(match[1]) * units[match[2]];
    rest = rest.slice(match[0].length);
  }
  return text.length ? total : NaN;
}

// The value of --name=value among args (last one wins), or undefined.
function flag(args, name) {
  let value;
  for (const arg of args ?? []) {
    if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  }
  return value;
}

function podTemplateOf(object) {
  return WORKLOAD_KINDS.has(object.kind) ? object.spec?.template : undefined;
}

function selectorMatches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

function checkLabels(object, projectVersion, problems) {
  const labels = object.metadata?.labels ?? {};
  for (const label of REQUIRED_LABELS) {
    if (!labels[label]) problems.push(`label ${label} missing`);
  }
  if (object.kind !== "ConfigMap" && object.kind !== "Namespace" && !labels["app.kubernetes.io/component"]) {
    problems.push("label app.kubernetes.io/component missing");
  }
  const template = podTemplateOf(object);
  const templateLabels = template?.metadata?.labels ?? {};
  if (template) {
    for (const label of [...REQUIRED_LABELS, "app.kubernetes.io/component"]) {
      if (!templateLabels[label]) problems.push(`Pod template label ${label} missing`);
    }
  }
  for (const [where, value] of [
    ["metadata", labels["app.kubernetes.io/version"]],
    ["Pod template", templateLabels["app.kubernetes.io/version"]],
  ]) {
    if (value !== undefined && value !== projectVersion) {
      problems.push(`${where} label app.kubernetes.io/version is ${value}, but CMakeLists.txt says ${projectVersion}`);
    }
  }
  for (const claim of object.spec?.volumeClaimTemplates ?? []) {
    if (claim.metadata?.labels?.["app.kubernetes.io/version"] !== undefined) {
      problems.push("volumeClaimTemplates carry app.kubernetes.io/version: they are immutable, so upgrades would fail");
    }
  }
}

function checkPodSpec(object, objects, problems) {
  const spec = podTemplateOf(object).spec ?? {};
  const podSecurity = spec.securityContext ?? {};
  if (podSecurity.runAsNonRoot !== true) problems.push("Pod securityContext.runAsNonRoot is not true");
  if (podSecurity.runAsUser !== 10001) problems.push("Pod securityContext.runAsUser is not 10001 (the image's user)");
  if (podSecurity.seccompProfile?.type !== "RuntimeDefault") {
    problems.push("Pod securityContext.seccompProfile.type is not RuntimeDefault");
  }
  const volumes = new Map((spec.volumes ?? []).map((v) => [v.name, v]));
  const claimTemplates = new Set((object.spec.volumeClaimTemplates ?? []).map((c) => c.metadata?.name));
  const grace = spec.terminationGracePeriodSeconds ?? 30;

  for (const container of spec.containers ?? []) {
    const where = `container ${container.name}`;
    const binary = posix.basename(container.command?.[0] ?? "");
    const grpcService = GRPC_SERVICE_OF_BINARY[binary];
    const containerPorts = new Set((container.ports ?? []).map((p) => p.containerPort));

    // Probes: native gRPC, on a port of this container, on its own service.
    for (const probeName of ["readinessProbe", "livenessProbe", "startupProbe"]) {
      const probe = container[probeName];
      if (!probe) {
        if (probeName !== "startupProbe") problems.push(`${where}: no ${probeName}`);
        continue;
      }
      if (!probe.grpc) {
        problems.push(`${where}: ${probeName} is not a gRPC probe`);
        continue;
      }
      if (!containerPorts.has(probe.grpc.port)) {
        problems.push(
          `${where}: ${probeName} grpc port ${probe.grpc.port} is not a containerPort of this container ` +
            `(${[...containerPorts].join(", ") || "none"})`,
        );
      }
      const service = probe.grpc.service ?? "";
      if (service !== "" && service !== grpcService) {
        problems.push(`${where}: ${probeName} asks health of ${service}, but ${binary} serves ${grpcService}`);
      }
    }
    if (!grpcService) {
      problems.push(`${where}: command ${binary || "(none)"} is not ingest_service or query_service`);
      continue;
    }
    const listen = flag(container.args, "listen");
    const listenPort = Number(listen?.split(":").pop());
    if (!listen) problems.push(`${where}: --listen is not set`);
    else if (!containerPorts.has(listenPort)) {
      problems.push(`${where}: --listen=${listen} is not on a containerPort (${[...containerPorts].join(", ")})`);
    }
    // The services refuse to start on a non-loopback address without TLS
    // unless --plaintext is given; kubelet's gRPC probes cannot speak TLS.
    const host = listen?.startsWith("[") ? listen.slice(1, listen.indexOf("]")) : listen?.replace(/:[^:]*$/, "");
    const loopback = host === "localhost" || host === "::1" || /^127\./.test(host ?? "");
    const tls = flag(container.args, "tls_cert_file") !== undefined;
    const plaintext = (container.args ?? []).includes("--plaintext") || flag(container.args, "plaintext") === "true";
    if (listen && !loopback && !tls && !plaintext) {
      problems.push(`${where}: --listen=${listen} without --tls_cert_file or --plaintext: the service would refuse to start`);
    }
    const grpcProbes = ["startupProbe", "readinessProbe", "livenessProbe"].filter((p) => container[p]?.grpc);
    if (tls && grpcProbes.length) {
      problems.push(`${where}: gRPC probes (${grpcProbes.join(", ")}) cannot speak TLS, and the service serves TLS only`);
    }
    for (const probeName of ["readinessProbe", "livenessProbe"]) {
      const port = container[probeName]?.grpc?.port;
      if (port !== undefined && listen && port !== listenPort) {
        problems.push(`${where}: ${probeName} port ${port} is not the --listen port ${listenPort}`);
      }
    }

    // Shutdown: preStop + drain deadline must fit in the grace period.
    const drain = flag(container.args, "drain_timeout");
    if (drain === undefined) problems.push(`${where}: --drain_timeout is not set explicitly`);
    const drainSeconds = durationSeconds(drain ?? "10s");
    if (Number.isNaN(drainSeconds)) problems.push(`${where}: --drain_timeout=${drain} is not a duration`);
    const preStop = container.lifecycle?.preStop;
    const preStopSeconds =
      preStop?.sleep?.seconds ??
      (preStop?.exec?.command?.[0] === "sleep" ? Number(preStop.exec.command[1]) : 0);
    if (!(grace > preStopSeconds + drainSeconds)) {
      problems.push(
        `${where}: terminationGracePeriodSeconds ${grace} is not longer than preStop ${preStopSeconds} s + ` +
          `--drain_timeout ${drainSeconds} s`,
      );
    }

    // Container securityContext and resources.
    const security = container.securityContext ?? {};
    if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
    if (!(security.capabilities?.drop ?? []).includes("ALL")) problems.push(`${where}: capabilities do not drop ALL`);
    for (const kind of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (container.resources?.[kind]?.[resource] === undefined) {
          problems.push(`${where}: resources.${kind}.${resource} is not set`);
        }
      }
    }

    // Mounts: the database, the query service's own secondary directory,
    // and files named in arguments present in mounted ConfigMaps.
    const mounts = (container.volumeMounts ?? []).map((m) => ({ ...m, volume: volumes.get(m.name) }));
    for (const mount of mounts) {
      if (!mount.volume && !claimTemplates.has(mount.name)) {
        problems.push(`${where}: volumeMount ${mount.name} has no volume`);
      }
    }
    const mountOf = (path) =>
      mounts
        .filter((m) => path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, "")}/`))
        .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
    const db = flag(container.args, "db");
    if (!db || !mountOf(db)) problems.push(`${where}: --db=${db} is not on a mounted volume`);
    if (binary === "query_service") {
      if (db && mountOf(db) && mountOf(db).readOnly !== true) {
        problems.push(`${where}: the database volume should be mounted readOnly (a secondary only reads it)`);
      }
      const secondary = flag(container.args, "secondary_dir");
      const secondaryMount = secondary && mountOf(secondary);
      if (!secondary) problems.push(`${where}: --secondary_dir is not set`);
      else if (!secondaryMount?.volume?.emptyDir) {
        problems.push(`${where}: --secondary_dir=${secondary} is not on an emptyDir (each replica needs its own)`);
      }
    }
    for (const arg of container.args ?? []) {
      const value = arg.match(/^--(?:flagfile|kb)=(.*)$/)?.[1];
      for (const path of value ? value.split(",") : []) {
        const mount = mountOf(path);
        const configMapName = mount?.volume?.configMap?.name;
        if (!configMapName) continue; // a file of the image
        const configMap = objects.find((o) => o.kind === "ConfigMap" && o.metadata?.name === configMapName);
        const key = relative(mount.mountPath, path);
        if (!configMap) problems.push(`${where}: ConfigMap ${configMapName} (volume ${mount.name}) is not rendered`);
        else if (!(key in (configMap.data ?? {}))) {
          problems.push(`${where}: ${arg} names ${key}, which ConfigMap ${configMapName} does not have`);
        }
      }
    }
  }
  for (const volume of spec.volumes ?? []) {
    const name = volume.configMap?.name;
    if (name && !objects.some((o) => o.kind === "ConfigMap" && o.metadata?.name === name)) {
      problems.push(`volume ${volume.name}: ConfigMap ${name} is not rendered`);
    }
  }
  if (object.kind === "StatefulSet" && spec.containers?.some((c) => /ingest_service$/.test(c.command?.[0] ?? ""))) {
    if ((object.spec.replicas ?? 1) > 1) problems.push("more than 1 replica of the ingest service (one RocksDB primary)");
  }
}

// Services and PodDisruptionBudgets must select a workload's Pods; a
// Service's targetPorts must be ports of those Pods.
function checkSelection(object, objects, problems) {
  const workloads = objects.filter((o) => podTemplateOf(o));
  const selector = object.kind === "Service" ? object.spec?.selector : object.spec?.selector?.matchLabels;
  const selected = workloads.filter((w) => selectorMatches(selector, podTemplateOf(w).metadata?.labels));
  if (!selected.length) {
    problems.push(`selector ${JSON.stringify(selector)} matches no Pod template`);
    return;
  }
  if (object.kind !== "Service") return;
  const ports = selected.flatMap((w) => podTemplateOf(w).spec.containers.flatMap((c) => c.ports ?? []));
  for (const port of object.spec.ports ?? []) {
    const target = port.targetPort ?? port.port;
    if (!ports.some((p) => p.name === target || p.containerPort === target)) {
      problems.push(`port ${port.name ?? port.port}: targetPort ${target} is no containerPort of the selected Pods`);
    }
  }
}

// Returns the problems of one rendered object.
function checkObject(object, objects, projectVersion) {
  const problems = schemaErrors(object);
  if (problems.length === 0 || !problems[0].startsWith("no Kubernetes schema")) {
    unknownFields(object, modelDeclaration(object.apiVersion, object.kind), "", problems);
  }
  checkLabels(object, projectVersion, problems);
  if (podTemplateOf(object)) checkPodSpec(object, objects, problems);
  if (object.kind === "Service" || object.kind === "PodDisruptionBudget") checkSelection(object, objects, problems);
  return problems;
}

function projectVersion() {
  const cmake = readFileSync(join(REPO_DIR, "CMakeLists.txt"), "utf8");
  const match = cmake.match(/project\(parley VERSION ([0-9.]+)/);
  if (!match) throw new Error("validate.mjs: no project(parley VERSION ...) in CMakeLists.txt");
  return match[1];
}

// ---------------------------------------------------------------------------
// Self-test: each break must be reported, else the checks are broken.

function selfTest(objects, version) {
  const stateful = (o) => o.kind === "StatefulSet";
  const container = (o, name) => o.spec.template.spec.containers.find((c) => c.name === name);
  const breaks = [
    ["probe on the other container's port", stateful, (o) => (container(o, "ingest").readinessProbe.grpc.port = 50052)],
    ["probe for the other service", stateful, (o) => (container(o, "ingest").readinessProbe.grpc.service = "parley.v1.QueryService")],
    ["TCP probe instead of gRPC", stateful, (o) => (container(o, "ingest").livenessProbe = { tcpSocket: { port: 50051 } })],
    ["misspelt field", stateful, (o) => (container(o, "ingest").readinesProbe = {})],
    ["misspelt metadata field", stateful, (o) => (o.spec.template.metadata.label = {})],
    ["secondary directory on the shared volume", stateful, (o) => {
      const args = container(o, "query").args;
      args[args.findIndex((a) => a.startsWith("--secondary_dir="))] = "--secondary_dir=/data/secondary";
    }],
    ["plaintext on all interfaces not asked for", stateful, (o) => {
      const args = container(o, "ingest").args;
      args.splice(args.indexOf("--plaintext"), 1);
    }],
    ["TLS with gRPC probes", stateful, (o) => container(o, "query").args.push("--tls_cert_file=/tls/tls.crt")],
    ["two RocksDB primaries", stateful, (o) => (o.spec.replicas = 2)],
    ["wrong type", stateful, (o) => (o.spec.replicas = "one")],
    ["grace period too short", stateful, (o) => (o.spec.template.spec.terminationGracePeriodSeconds = 20)],
    ["root filesystem writable", stateful, (o) => (container(o, "ingest").securityContext.readOnlyRootFilesystem = false)],
    ["no memory limit", stateful, (o) => delete container(o, "ingest").resources.limits.memory],
    ["missing flag file", (o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("parley-flags"), (o) => delete o.data["ingest.flags"]],
    ["Service selecting nothing", (o) => o.kind === "Service", (o) => (o.spec.selector["app.kubernetes.io/component"] = "nothing")],
    ["stale version label", stateful, (o) => (o.metadata.labels["app.kubernetes.io/version"] = "0.0.1")],
  ];
  const allProblems = (set) => set.flatMap((o) => checkObject(o, set, version));
  const baseline = new Set(allProblems(objects));
  let failures = 0;
  for (const [name, pick, mutate] of breaks) {
    const copy = structuredClone(objects);
    const target = copy.find(pick);
    if (!target) {
      console.log(`self-test: "${name}": no object to break`);
      failures++;
      continue;
    }
    mutate(target);
    const reported = allProblems(copy).filter((p) => !baseline.has(p));
    console.log(`self-test: ${reported.length ? "caught" : "MISSED"}: ${name}${reported.length ? ` -> ${reported[0]}` : ""}`);
    if (!reported.length) failures++;
  }
  return failures;
}

// ---------------------------------------------------------------------------

function main() {
  const args = process.argv.slice(2);
  const runSelfTest = args.includes("--self-test");
  const dirs = args.filter((a) => a !== "--self-test");
  const version = projectVersion();
  let passed = 0;
  let failed = 0;
  for (const dir of dirs.length ? dirs : kustomizationDirs()) {
    const name = relative(REPO_DIR, dir) || dir;
    let objects;
    try {
      objects = render(dir);
    } catch (error) {
      console.log(`FAIL ${name}: cannot render: ${(error.stderr || error.message).toString().trim()}`);
      failed++;
      continue;
    }
    for (const object of objects) {
      const id = `${name}: ${object.kind}/${object.metadata?.name}`;
      const problems = checkObject(object, objects, version);
      if (problems.length) {
        failed++;
        for (const problem of problems) console.log(`FAIL ${id}: ${problem}`);
      } else {
        passed++;
        console.log(`ok   ${id}`);
      }
    }
    if (runSelfTest && name.endsWith("base")) {
      const misses = selfTest(objects, version);
      if (misses) {
        console.log(`FAIL self-test: ${misses} break(s) not reported`);
        failed++;
      }
    }
  }
  console.log(`validate: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
