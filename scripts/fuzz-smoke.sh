#!/usr/bin/env bash
# Runs each fuzz target for a bounded time (FUZZ_SECONDS each, default 45) from the
# inputs kept in tests/fuzz/ (and the templates, for the project loader). It builds
# without a sanitizer (FUZZ_SANITIZER=address for one; that build takes as long again):
# Placard forbids unsafe code, and libFuzzer itself catches panics, hangs and memory
# blow-ups. It uses the one stable toolchain: RUSTC_BOOTSTRAP lets it take the
# flags libFuzzer needs. A crash, a hang past 20 s or more than 2 GB fails the run and
# leaves the input in fuzz/artifacts/<target>/; once fixed, it goes into
# tests/fuzz/<target>/, which `cargo test` replays on every run (docs/FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-45}
sanitizer=${FUZZ_SANITIZER:-none}
command -v cargo-fuzz >/dev/null || cargo install --quiet --locked cargo-fuzz --version 0.13.2
export RUSTC_BOOTSTRAP=1
cd fuzz
cargo fuzz build --sanitizer "$sanitizer"
for target in project_loader image_import svg_import; do
  corpus=$(mktemp -d)
  cp ../tests/fuzz/"$target"/* "$corpus"/
  if [ "$target" = project_loader ]; then cp ../assets/templates/*.json "$corpus"/; fi
  echo "fuzz-smoke: $target for $seconds s"
  log=$(mktemp)
  status=0
  cargo fuzz run --sanitizer "$sanitizer" "$target" "$corpus" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    > "$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|Test unit written|==[0-9]+==ERROR)' "$log" || true
  if [ "$status" != 0 ]; then
    tail -n 40 "$log" >&2
    echo "fuzz-smoke: $target found a crash: the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  rm -f "$log"
  rm -rf "$corpus"
done
echo "fuzz-smoke: no crash in ${seconds} s of each target"
