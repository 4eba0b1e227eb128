#!/bin/sh
# Shard databases on the one-node Slurm cluster of tests/slurm.sh (which runs
# this with SLURM_WORK, BIN and CORPUS set, the cluster up and the README's
# recipe done, so the shards shard.000 ... shard.007 are in SLURM_WORK): a job
# array codes each shard into its own SQLite file, as the README says, `parley
# merge` joins them, and every export must equal that of one database coded
# from the whole corpus.
set -u
cd "$SLURM_WORK" || exit 1
fail() { echo "slurm: shard databases: $*"; exit 1; }
cat > db.sbatch <<'EOS'
#!/bin/sh
#SBATCH --array=0-7 --cpus-per-task=2 --mem=1G
i=$(printf %03d "$SLURM_ARRAY_TASK_ID")
exec parley code -q -j 2 --db "shard.$i.sqlite" "shard.$i"
EOS
start=$(date +%s)
if ! PATH=$BIN:$PATH timeout 900 sbatch --wait --output=slurm-db-%A_%a.log db.sbatch > sbatch-db.out 2>&1; then
	cat sbatch-db.out
	tail -n 20 slurm-db-*.log 2> /dev/null
	fail "the job array failed"
fi
n=$(ls shard.[0-9]*.sqlite | wc -l)
[ "$n" -eq 8 ] || fail "expected 8 shard databases, found $n"
"$BIN/parley" merge shard.[0-9]*.sqlite all.sqlite || fail "parley merge failed"
end=$(date +%s)
"$BIN/parley" code -q --db one.sqlite "$CORPUS" || fail "one database of the whole corpus failed"
for f in csv phoenix gdelt gdelt-mentions; do
	"$BIN/parley" export --db all.sqlite --format $f > "merged.$f" || fail "export $f of the merged database failed"
	"$BIN/parley" export --db one.sqlite --format $f > "one.$f" || fail "export $f of one database failed"
	[ -s "one.$f" ] || fail "export $f of one database is empty"
	cmp -s "merged.$f" "one.$f" || fail "export $f: merged shard databases differ from one database"
done
echo "slurm: 8 shard databases coded by the job array and merged in $((end - start)) s;" \
	"exports (csv, phoenix, gdelt, gdelt-mentions: $(($(wc -l < one.csv) - 1)) events) identical to one database"
