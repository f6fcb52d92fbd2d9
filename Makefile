# dmapin workspace.  See README.md.  Everything lands in build/.
SHELL := /bin/sh
export LINUX_SRC
S := scripts

.PHONY: all run test tree export build selftest bench shell presubmit stress deps clean help
all: help
help:
	@sed -n '/^## Commands/,/^## /p' README.md | sed '$$d'

deps:
	@$(S)/deps

# The main job: build both kernels, run the demonstrations and benchmarks.
run: deps
	@$(S)/run

# The whole check suite; ends with "N passed, N failed, N skipped".
test:
	@$(S)/test

tree: deps
	@$(S)/tree

export:
	@$(S)/export

# Build the work tree (build/linux HEAD) as the series kernel and its leading
# test-infrastructure patches as the A/B base kernel, plus the selftests.
build: deps
	@$(S)/build-all

# make selftest [T='gup_test.*'] [K=base|series|both]
selftest:
	@$(S)/selftest-ab "$(or $(K),both)" $(T)

bench: deps
	@$(S)/bench

# make shell [K=base|series] [CMD='cat /proc/vmstat']
shell:
	@$(S)/vm-run --kernel "$(or $(K),series)" --add build/st:/t $(if $(CMD),-- "$(CMD)",-i -- "sh -i")

presubmit: deps
	@$(S)/presubmit

# make stress [ROUNDS=10000] [K=debug|series]: the sync cases under load.
stress: deps
	@$(S)/stress

clean:
	rm -rf build/out-* build/*/.out* build/results build/test build/bench build/st build/initramfs-base.cpio
