#!/usr/bin/env bash
# The audit step of action.yml. Inputs arrive as environment variables (INPUT_*); the audit's exit code is
# handed on as the step output exit-code rather than failing this step, so the reports are still uploaded
# and the summary written before the last step of the action fails the job.
set -euo pipefail

bin="${TENANT_AUDIT_BIN:-tenant-audit}"
out="${INPUT_OUT:-tenant-audit-output}"
formats="${INPUT_FORMATS:-json,html,csv,actions,md,sarif,junit}"

args=(audit --config "${INPUT_CONFIG:?the config input (tenants.yaml) is required}" --out "$out" --format "$formats")
[[ -n "${INPUT_FAIL_ON:-}" ]] && args+=(--fail-on "$INPUT_FAIL_ON")
[[ -n "${INPUT_COMPARE:-}" && -f "${INPUT_COMPARE}" ]] && args+=(--compare "$INPUT_COMPARE")
# Extra flags, split on whitespace (tenant names and check ids hold none).
read -r -a extra <<< "${INPUT_ARGS:-}"
args+=("${extra[@]}")

code=0
"$bin" "${args[@]}" || code=$?

if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$out/summary.md" ]]; then
  cat "$out/summary.md" >> "$GITHUB_STEP_SUMMARY"
fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "exit-code=$code"
    echo "out=$out"
    if [[ -f "$out/results.sarif" ]]; then echo "sarif=$out/results.sarif"; fi
  } >> "$GITHUB_OUTPUT"
fi
# 2 (usage or config error): nothing was audited, so there is nothing to upload either.
if [[ "$code" -eq 2 ]]; then exit 2; fi
exit 0
