#!/usr/bin/env bash
# Runs the benchmark for every candidate, one after another (never two at once).
# Usage: ./run-all.sh [name ...]     (default: all six)
set -u
cd "$(dirname "$0")"
declare -A CMD=(
  [jdk]="java -Xmx512m -jar jdk/target/app.jar"
  [javalin]="java -Xmx512m -jar javalin/target/app.jar"
  [vertx]="java -Xmx512m -jar vertx/target/app.jar"
  [micronaut]="java -Xmx512m -jar micronaut/target/micronaut-app-1.0.jar"
  [quarkus]="java -Xmx512m -jar quarkus/target/quarkus-app/quarkus-run.jar"
  [spring]="java -Xmx512m -jar spring/target/app.jar"
)
NAMES=("$@"); [ ${#NAMES[@]} -eq 0 ] && NAMES=(jdk javalin vertx micronaut quarkus spring)
for n in "${NAMES[@]}"; do
  ./bench/bench.py "$n" -- ${CMD[$n]}
done
