#!/usr/bin/env python3
"""A/B selftest report: build/results/{base,series}/results.ktap against
tests/expect.  Prints the table, appends one verdict per test to the check
ledger (argv[1]) and exits 1 if any test misbehaved."""
import json
import os
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get('BUILD', os.path.join(TOP, 'build'))
KUNIT = os.path.join(os.environ.get('KSRC', os.path.join(BUILD, 'linux')),
                     'tools/testing/kunit/kunit.py')


def parse_ktap(path):
    """name -> PASS/FAIL/SKIP, parsed by the kernel's own kunit.py."""
    if not os.path.exists(path):
        return {}
    with tempfile.NamedTemporaryFile(suffix='.json') as js:
        subprocess.run([sys.executable, KUNIT, 'parse', '--json=' + js.name,
                        path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        data = json.load(open(js.name))
    return {t['name']: t['status'] for t in data.get('test_cases', [])}


def load_expect():
    exp = {}
    errors = []
    for n, line in enumerate(open(os.path.join(TOP, 'tests/expect')), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        f = line.split(None, 3)
        if len(f) < 3 or f[1] not in ('pass', 'fail', 'skip') or \
                f[2] not in ('pass', 'skip'):
            errors.append('tests/expect:%d: want "test base series [reason]"' % n)
            continue
        reason = f[3] if len(f) > 3 else ''
        if 'skip' in f[1:3] and not reason:
            errors.append('tests/expect:%d: a skip needs a reason' % n)
        exp[f[0]] = (f[1].upper(), f[2].upper(), reason)
    return exp, errors


def splats(kernel):
    out = {}
    p = os.path.join(BUILD, 'results', kernel, 'splats')
    if os.path.exists(p):
        for line in open(p):
            name, _, text = line.partition(': ')
            out.setdefault(name, []).append(text.strip())
    return out


def vmstat_lines(kernel):
    """test -> {counter: delta or 'absent'} from its "# vmstat NAME DELTA"
    lines: the /proc/vmstat events a test moved, as it reported them."""
    out = {}
    d = os.path.join(BUILD, 'results', kernel)
    if not os.path.isdir(d):
        return out
    for f in sorted(os.listdir(d)):
        if not f.endswith('.log'):
            continue
        for line in open(os.path.join(d, f), errors='replace'):
            w = line.split()
            if len(w) == 4 and w[:2] == ['#', 'vmstat']:
                out.setdefault(f[:-4], {})[w[2]] = w[3]
    return out


def print_vmstat():
    vm = {k: vmstat_lines(k) for k in ('base', 'series')}
    if not vm['series']:
        return
    counters = []
    for t in vm['series'].values():
        counters += [c for c in t if c not in counters]
    w = max(len(n) for n in vm['series'])
    print()
    print('/proc/vmstat events during the test, series (base):')
    print('%-*s  %s' % (w, 'test', '  '.join(counters)))
    for n in sorted(vm['series']):
        cells = ['%s (%s)' % (vm['series'][n].get(c, '-'),
                              vm['base'].get(n, {}).get(c, '-')) for c in counters]
        print('%-*s  %s' % (w, n, '  '.join('%-*s' % (len(c), x)
                                             for c, x in zip(counters, cells))))


def main():
    ledger = open(sys.argv[1], 'a') if len(sys.argv) > 1 else None
    exp, errors = load_expect()
    res = {k: parse_ktap(os.path.join(BUILD, 'results', k, 'results.ktap'))
           for k in ('base', 'series')}
    spl = {k: splats(k) for k in ('base', 'series')}
    names = list(res['series']) + [n for n in res['base'] if n not in res['series']]
    for n in exp:
        if n not in names:
            errors.append('tests/expect names %s, which did not run' % n)
    rows, bad = [], 0
    for n in names:
        b, s = res['base'].get(n, 'MISSING'), res['series'].get(n, 'MISSING')
        eb, es, why = exp.get(n, ('PASS', 'PASS', ''))
        problems = []
        # A splat on base is a failure of the test there: it is what a test
        # of a fixed kernel bug expects; otherwise it is only reported.
        if eb == 'FAIL' and b == 'PASS' and n in spl['base']:
            b = 'FAIL'
        if eb == 'FAIL' and b == 'SKIP':
            problems.append('expected to fail on base but skipped')
        elif eb == 'FAIL' and b == 'PASS':
            problems.append('passes on base: it does not test the change')
        elif b != eb:
            problems.append('base %s, expected %s' % (b.lower(), eb.lower()))
        if s != es:
            problems.append('series %s, expected %s' % (s.lower(), es.lower()))
        if n in spl['series']:
            problems.append('kernel splat on series: ' + spl['series'][n][0])
        note = 'base splat: ' + spl['base'][n][0] if n in spl['base'] else ''
        verdict = 'FAIL' if problems else ('SKIP' if s == 'SKIP' else 'PASS')
        bad += verdict == 'FAIL'
        rows.append((n, b.lower(), s.lower(), '%s/%s' % (eb.lower(), es.lower()),
                     verdict, '; '.join(problems + ([note] if note else []) +
                                        ([why] if why and not problems else []))))
        if ledger:
            ledger.write('%s selftest %s %s\n' % (verdict, n, '; '.join(problems)))
    w = max([len(r[0]) for r in rows] + [4])
    print('%-*s  %-7s %-7s %-10s %-7s %s' % (w, 'test', 'base', 'series',
                                              'expected', 'verdict', 'note'))
    for r in rows:
        print('%-*s  %-7s %-7s %-10s %-7s %s' % ((w,) + r))
    for e in errors:
        print('error: ' + e)
        if ledger:
            ledger.write('FAIL expectations %s\n' % e)
    for k in ('base', 'series'):
        for n, lines in spl[k].items():
            print('%s splat in %s: %s' % (k, n, lines[0]))
    print_vmstat()
    return 1 if bad or errors else 0


if __name__ == '__main__':
    sys.exit(main())
