#!/usr/bin/env bash
# wait-idle.sh [max_seconds]: returns when the machine has been (nearly) idle for 20 s in a row.
max=${1:-540}; quiet=0; t0=$(date +%s)
read -r _ a b c d e f g h _ < /proc/stat; prev=$((a+b+c+f+g+h))
while [ $(( $(date +%s) - t0 )) -lt $max ]; do
  sleep 5
  read -r _ a b c d e f g h _ < /proc/stat; cur=$((a+b+c+f+g+h))
  busy=$(( (cur-prev) * 100 / 5 / $(getconf CLK_TCK) )); prev=$cur
  if [ $busy -lt 20 ]; then quiet=$((quiet+5)); else quiet=0; fi
  [ $quiet -ge 20 ] && { echo "idle after $(( $(date +%s) - t0 )) s"; exit 0; }
done
echo "still busy after $max s (last busy ${busy}% of one core)"; exit 1
