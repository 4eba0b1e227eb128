#!/bin/sh
# A real Slurm run: starts a one-node Slurm cluster on this machine (munged,
# slurmctld and slurmd with their own key, configuration and state in a
# temporary folder, listening on 127.0.0.1 only), runs the README's Slurm
# recipe (the block between its slurm-recipe markers, as it stands) on the
# Reuters corpus, and checks that the merged shard outputs equal one
# `parley code` run byte for byte.  Every daemon is stopped on exit.
# Exits 77 (skipped) with a message when the corpus or Slurm is missing or
# the cluster does not come up.
# usage: tests/slurm.sh BUILD_DIR
B=${1:-build}
CORPUS=${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl
TIMEOUT=${SLURM_TEST_TIMEOUT:-300}

skip() { echo "slurm: SKIPPED: $*"; exit 77; }
[ -x "$B/parley" ] || { echo "slurm: $B/parley not built"; exit 1; }
[ -f "$CORPUS" ] || skip "$CORPUS not found"
for c in munged slurmctld slurmd sbatch scontrol sinfo; do
	command -v "$c" > /dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin
	command -v "$c" > /dev/null 2>&1 || skip "$c not installed (Debian: slurm-wlm munge)"
done
BIN=$(cd "$B" && pwd)
CORPUS=$(cd "$(dirname "$CORPUS")" && pwd)/$(basename "$CORPUS")
README=$(pwd)/README.md

T=$(mktemp -d /tmp/parley-slurm.XXXXXX) || exit 1
chmod 700 "$T"
pids=
stop() {
	# the daemons, newest first; then their children (job steps) are gone too
	for p in $pids; do kill "$p" 2> /dev/null; done
	for p in $pids; do
		n=0
		while kill -0 "$p" 2> /dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
		kill -9 "$p" 2> /dev/null
	done
	rm -rf "$T"
}
trap stop EXIT
trap 'exit 2' INT TERM HUP

# ports: free ones in 20000-29999, told from this process's number
port=$((20000 + $$ % 9000))
while ss -ltn 2> /dev/null | grep -q ":$port \|:$((port + 1)) "; do port=$((port + 2)); done

mkdir -p "$T/state" "$T/spool" "$T/work" "$T/munge"
chmod 700 "$T/munge"
dd if=/dev/urandom of="$T/munge/munge.key" bs=1024 count=1 2> /dev/null
chmod 400 "$T/munge/munge.key"
munged --force --foreground --key-file="$T/munge/munge.key" --socket="$T/munge/munge.sock" \
	--pid-file="$T/munge/munged.pid" --log-file="$T/munge/munged.log" \
	--seed-file="$T/munge/munged.seed" > "$T/munge/munged.out" 2>&1 &
pids="$! $pids"
n=0
while [ ! -S "$T/munge/munge.sock" ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
[ -S "$T/munge/munge.sock" ] || { cat "$T/munge/munged.out" "$T/munge/munged.log" 2> /dev/null; skip "munged did not start"; }

user=$(id -un)
cpus=$(nproc)
cat > "$T/slurm.conf" <<EOF
ClusterName=parleytest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
AuthInfo=socket=$T/munge/munge.sock
CryptoType=crypto/munge
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/pgid
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
MaxArraySize=1001
NodeName=parleynode NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=1024 State=UNKNOWN
PartitionName=parley Nodes=parleynode Default=YES MaxTime=60 State=UP
EOF
: > "$T/plugstack.conf"
echo "PlugStackConfig=$T/plugstack.conf" >> "$T/slurm.conf"
SLURM_CONF=$T/slurm.conf; export SLURM_CONF

slurmctld -D -i -f "$T/slurm.conf" > "$T/slurmctld.out" 2>&1 &
pids="$! $pids"
slurmd -D -N parleynode -f "$T/slurm.conf" > "$T/slurmd.out" 2>&1 &
pids="$! $pids"
# wait for the node to be idle
n=0
while [ $n -lt 300 ]; do
	st=$(sinfo -h -N -o %T 2> /dev/null)
	case $st in idle*) break ;; esac
	sleep 0.2; n=$((n + 1))
done
case $st in
	idle*) ;;
	*) tail -n 5 "$T/slurmctld.log" "$T/slurmd.log" "$T/slurmctld.out" "$T/slurmd.out" 2> /dev/null
	   skip "the one-node cluster did not come up (node state: ${st:-none})" ;;
esac
echo "slurm: one-node cluster up ($(sinfo -V), $cpus CPUs, ports $port-$((port + 1)) on 127.0.0.1)"

# the reference: one run
"$BIN/parley" code -q "$CORPUS" > "$T/single.jsonl" || { echo "slurm: single run failed"; exit 1; }

# the README's recipe, as it stands
sed -n '/<!-- slurm-recipe:begin -->/,/<!-- slurm-recipe:end -->/p' "$README" |
	sed -e '/^<!--/d' -e '/^```/d' > "$T/recipe.sh"
[ -s "$T/recipe.sh" ] || { echo "slurm: no recipe between the slurm-recipe markers of README.md"; exit 1; }
ln -s "$CORPUS" "$T/work/articles.jsonl"
start=$(date +%s)
(cd "$T/work" && PATH=$BIN:$PATH timeout "$TIMEOUT" sh -e "$T/recipe.sh") > "$T/recipe.out" 2>&1
rc=$?
end=$(date +%s)
if [ $rc -ne 0 ]; then
	echo "slurm: the recipe failed (status $rc):"
	cat "$T/recipe.out"
	tail -n 20 "$T/work"/slurm-*.log "$T/slurmctld.log" 2> /dev/null
	exit 1
fi
nshard=$(ls "$T/work"/records.[0-9]*.jsonl | wc -l)
ntask=$(ls "$T/work"/slurm-*_*.log 2> /dev/null | wc -l)
if [ "$nshard" -ne 8 ] || [ "$ntask" -ne 8 ]; then
	echo "slurm: expected 8 shard outputs from 8 array tasks, found $nshard outputs and $ntask task logs"
	exit 1
fi
if ! cmp "$T/single.jsonl" "$T/work/records.jsonl"; then
	echo "slurm: merged shard outputs differ from one run"
	exit 1
fi
echo "slurm: job array of $ntask tasks coded $(wc -l < "$CORPUS") articles in $((end - start)) s;" \
	"merged records ($(wc -l < "$T/single.jsonl") lines) identical to one run"

# Hook for the SQLite store: when parley writes shard databases, merge them
# here and compare with the database of one run.
if [ -x "$(pwd)/tests/slurm-store.sh" ]; then
	SLURM_WORK=$T/work BIN=$BIN CORPUS=$CORPUS sh tests/slurm-store.sh || exit 1
else
	echo "slurm: merging shard databases: not checked (no tests/slurm-store.sh)"
fi
exit 0
