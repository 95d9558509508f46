#!/usr/bin/env bash
# Seconds from launch to the first GraphQL answer, and the CPU the process tree spent until then.
#   scripts/first-answer.sh [-n] PORT COMMAND...
# COMMAND is started in a session of its own, POST /graphql { forums(first:1){ totalCount } } is polled on
# localhost:PORT every 0.1 s, and once it answers the session is stopped (SIGTERM). -n: new data directory
# each time (otherwise target/first-answer-data, kept between runs). The data directory, the port and a free
# Bolt port are appended to a java command as --moedegraf.graph.* / --server.port; for ./mvnw spring-boot:run
# pass them yourself (-Dspring-boot.run.arguments=...) and set FIRST_ANSWER_NO_ARGS=1.
# Example: scripts/first-answer.sh 18081 java -jar target/moedegraf-0.1.0-SNAPSHOT.jar
set -u
fresh=""
if [ "${1:-}" = "-n" ]; then fresh=1; shift; fi
port=$1; shift
data=target/first-answer-data
if [ -n "$fresh" ]; then data=$(mktemp -d /tmp/first-answer.XXXXXX); rmdir "$data"; fi
log=target/first-answer.log
mkdir -p target
start=$(date +%s.%N)
if [ -n "${FIRST_ANSWER_NO_ARGS:-}" ]; then
  setsid "$@" >"$log" 2>&1 &
else
  setsid "$@" --moedegraf.graph.data-dir="$data" --server.port="$port" --moedegraf.graph.bolt-port=0 >"$log" 2>&1 &
fi
pid=$!
query='{"query":"{ forums(first:1){ totalCount } }"}'
until answer=$(curl -s -m 2 -H 'Content-Type: application/json' -d "$query" "http://localhost:$port/graphql") \
    && [[ "$answer" == *totalCount* ]]; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "the command ended without answering; see $log"; exit 1; fi
  sleep 0.1
done
end=$(date +%s.%N)
# CPU of every process of the session (parent JVM, child JVM, Maven and its fork), user + system
ticks=$(getconf CLK_TCK)
cpu=$(ps -s "$pid" -o pid= | while read -r p; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done \
  | awk -v t="$ticks" '{s += $1} END {printf "%.1f", s / t}')
printf "first answer after %.1f s, CPU %s s, load %s\n" "$(echo "$end - $start" | bc)" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
kill -- "-$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$fresh" ] && rm -rf "$data"
exit 0
