# shellcheck shell=sh
# Common definitions for the dmapin scripts.  Sourced, never run.

TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
TREE=$BUILD/linux
PATCHES=$TOP/patches
# Fixed identity and dates: the base commit id is the same on every machine
# and "git am" of the same patches gives the same commit ids.
FIXED_DATE='2000-01-01T00:00:00+0000'
export GIT_AUTHOR_NAME=dmapin GIT_AUTHOR_EMAIL=dmapin@example.org
export GIT_COMMITTER_NAME=dmapin GIT_COMMITTER_EMAIL=dmapin@example.org
export KBUILD_BUILD_USER=dmapin KBUILD_BUILD_HOST=dmapin
export KBUILD_BUILD_TIMESTAMP="$FIXED_DATE" KBUILD_BUILD_VERSION=1
JOBS=${JOBS:-$(( $(nproc) + 1 ))}

say() { printf '%s\n' "== $*" >&2; }
warn() { printf '%s\n' "!! $*" >&2; }
die() { printf '%s\n' "error: $*" >&2; exit 1; }

# Run a slow command, printing what it does; its output goes to a log,
# whose tail is shown when it fails.
logrun() {
	_log=$1; shift
	say "$* (log: ${_log#"$TOP"/})"
	if ! "$@" >"$_log" 2>&1; then
		tail -n 40 "$_log" >&2
		die "failed: $* (full log: $_log)"
	fi
}

# Commits of the series in the work tree, oldest first.
series_commits() { git -C "$TREE" rev-list --reverse base..HEAD; }

# The A/B "base" kernel is the base tree plus the leading run of
# test-infrastructure patches: subjects starting "selftests/" or
# "mm/gup_test:".  Prints that commit.
infra_commit() {
	_c=$(git -C "$1" rev-parse base)
	for _x in $(git -C "$1" rev-list --reverse base..HEAD); do
		case $(git -C "$1" log -1 --format=%s "$_x") in
		selftests/*|mm/gup_test:*) _c=$_x ;;
		*) break ;;
		esac
	done
	echo "$_c"
}

# compare_series: patch-ids of build/linux base..HEAD vs patches/.  Sets
# CMP_STATE to "uncommitted", "busy" (rebase/am in progress), "same", or
# "differ", and CMP_UNEXPORTED / CMP_MISSING to the number of commits only
# in the tree / patches only in patches/.
compare_series() {
	CMP_UNEXPORTED=0 CMP_MISSING=0 CMP_STATE=same
	if [ -n "$(git -C "$TREE" status --porcelain --untracked-files=no)" ]; then
		CMP_STATE=uncommitted; return
	fi
	for _d in rebase-merge rebase-apply; do
		[ -d "$TREE/.git/$_d" ] && { CMP_STATE=busy; return; }
	done
	_t=$(mktemp -d)
	for _c in $(git -C "$TREE" rev-list base..HEAD); do
		git -C "$TREE" show "$_c" | git patch-id --stable | cut -d' ' -f1
	done | sort >"$_t/tree"
	for _p in "$PATCHES"/[0-9]*.patch; do
		[ -f "$_p" ] || continue
		case $_p in */0000-*) continue ;; esac
		git patch-id --stable <"$_p" | cut -d' ' -f1
	done | sort >"$_t/exported"
	CMP_UNEXPORTED=$(comm -23 "$_t/tree" "$_t/exported" | wc -l)
	CMP_MISSING=$(comm -13 "$_t/tree" "$_t/exported" | wc -l)
	cmp -s "$_t/tree" "$_t/exported" || CMP_STATE=differ
	rm -rf "$_t"
}

# Prints a reason and returns 0 when build/linux holds work that patches/
# does not: uncommitted changes, a rebase in progress, unexported commits.
unexported_work() {
	git -C "$TREE" rev-parse -q --verify base >/dev/null 2>&1 || return 1
	compare_series
	case $CMP_STATE in
	uncommitted)
		echo "build/linux has uncommitted changes:"
		git -C "$TREE" status --short --untracked-files=no | head -n 10 ;;
	busy) echo "build/linux has a rebase or git am in progress" ;;
	*)
		[ "$CMP_UNEXPORTED" -gt 0 ] || return 1
		echo "build/linux has $CMP_UNEXPORTED commit(s) that are not in patches/" ;;
	esac
	return 0
}

# True when build/linux HEAD is exactly the series of patches/.
tree_is_series() {
	git -C "$TREE" rev-parse -q --verify base >/dev/null 2>&1 || return 1
	compare_series
	[ "$CMP_STATE" = same ]
}

# git am the series onto the current HEAD of repository $1; deterministic
# commit ids.  On failure names the patch and the hunk, and aborts.
apply_series() {
	_r=$1
	set -- "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch
	_n=0
	for _p; do
		case $_p in */0000-cover-letter.patch) continue ;; esac
		[ -f "$_p" ] || continue
		_n=$((_n + 1))
		if ! git -C "$_r" am -q --committer-date-is-author-date "$_p" >"$BUILD/am.log" 2>&1; then
			git -C "$_r" am --abort >/dev/null 2>&1
			warn "patch ${_p#"$TOP"/} does not apply:"
			grep -E '^(error|Patch failed|fatal)' "$BUILD/am.log" >&2 || cat "$BUILD/am.log" >&2
			return 1
		fi
	done
	say "applied $_n patch(es)"
}

# format_series REPO DIR: the series base..HEAD of REPO as patches in DIR,
# byte for byte the same for the same commits: zero From-ids, no version
# signature, fixed abbrev, base-commit trailer, and the cover letter's
# subject and text from cover-letter.txt, dated like the newest commit.
format_series() {
	_d=$(git -C "$1" log -1 --format=%aI HEAD)
	GIT_COMMITTER_DATE=$_d GIT_AUTHOR_DATE=$_d git -C "$1" \
		-c core.abbrev=12 -c diff.noprefix=false -c format.signoff=false \
		format-patch -q --zero-commit --no-signature --abbrev=12 \
		--base=base --cover-letter --no-thread \
		-o "$2" base..HEAD || return 1
	python3 - "$TOP/cover-letter.txt" "$2"/0000-cover-letter.patch <<'PY'
import sys
text = open(sys.argv[1]).read().split('\n', 1)
subject, blurb = text[0].strip(), text[1].strip('\n') if len(text) > 1 else ''
p = sys.argv[2]
s = open(p).read()
assert '*** SUBJECT HERE ***' in s and '*** BLURB HERE ***' in s, p
s = s.replace('*** SUBJECT HERE ***', subject).replace('*** BLURB HERE ***', blurb)
open(p, 'w').write(s)
PY
	(cd "$2" && ls [0-9]*.patch | grep -v '^0000-') >"$2/series"
}

# worktree NAME REV: a detached, clean worktree build/NAME of build/linux at
# REV (created on first use; recreated if build/linux was recreated).
worktree() {
	_w=$BUILD/$1
	if ! git -C "$_w" rev-parse -q --verify HEAD >/dev/null 2>&1 ||
	   [ "$(git -C "$_w" rev-parse --git-common-dir 2>/dev/null)" != "$TREE/.git" ]; then
		rm -rf "$_w"
		git -C "$TREE" worktree prune
		say "checking out build/$1 (about 30 s)"
		git -C "$TREE" worktree add -q --detach "$_w" "$2" || return 1
	else
		git -C "$_w" am --abort >/dev/null 2>&1 || true
		git -C "$_w" checkout -q -f --detach "$2" || return 1
		git -C "$_w" clean -q -f -d -x -e '/.out*' >/dev/null
	fi
}

# kernel SRC NAME: build the test kernel of source tree SRC in SRC/.out
# (inside the tree, so Kbuild uses relative paths and ccache hits across
# worktrees) and point build/out-NAME at it.
kernel() {
	mkdir -p "$BUILD/test"
	ln -sfn "$1/.out" "$BUILD/out-$2"
	"$TOP/scripts/kbuild" "$1" "$1/.out" >"$BUILD/test/build-$2.log" 2>&1
}

# Ledger of checks for the summary line: check PASS|FAIL|SKIP what [why]
check() {
	_s=$1; shift
	mkdir -p "$BUILD/test"
	echo "$_s $*" >>"${LEDGER:-$BUILD/test/ledger}"
	case $_s in
	PASS) printf '  ok   %s\n' "$*" ;;
	SKIP) printf '  skip %s\n' "$*" ;;
	*) printf '  FAIL %s\n' "$*" ;;
	esac
}
