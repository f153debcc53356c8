#!/usr/bin/env bash
# Builds the shared engine stub and every candidate (plain Maven, no wrapper).
set -eu
cd "$(dirname "$0")"
(cd core && mvn -B -q install)
for p in jdk javalin vertx micronaut quarkus spring; do (cd $p && mvn -B -q package -DskipTests); done
