#!/usr/bin/env python3
"""Summarise gup_test benchmark output of the base and series kernels:
median, min, max of the get (pin) and put (unpin) times, series/base and
pin/get ratios, per page type and pages per call (n).  argv: base.txt series.txt out.json"""
import json
import re
import statistics
import sys

MODES = {'u': 'GUP_FAST', 'a': 'PIN_FAST', 'L': 'PIN_LONGTERM'}


def parse_wb(path):
    """wb_bench lines: name -> {'ms': [...], 'kib': [...]}."""
    res = {}
    for line in open(path):
        m = re.match(r'## wb (\S+) ms (\S+) kib (\d+)$', line.strip())
        if m:
            r = res.setdefault(m.group(1), {'ms': [], 'kib': []})
            r['ms'].append(float(m.group(2)))
            r['kib'].append(int(m.group(3)))
    return res


def print_wb(out, base, series):
    if not base and not series:
        return
    print()
    print('writeback (wb_bench: fsync() time, median [min-max] ms, and KiB written'
          ' per fsync, median; ratios only)')
    print('%-16s %-22s %-22s %-6s %-9s %-9s' % (
        'measurement', 'base ms', 'series ms', 's/b', 'base KiB', 'series KiB'))
    out['writeback'] = []
    for name in dict.fromkeys(list(base) + list(series)):
        row = {'measurement': name}
        for k, res in (('base', base), ('series', series)):
            r = res.get(name, {'ms': [], 'kib': []})
            row[k] = {'ms': stats(r['ms']), 'kib': stats(r['kib'])}
        med = {k: (row[k]['ms'] or {}).get('median') for k in ('base', 'series')}
        row['series_over_base'] = ratio(med['series'], med['base'])
        out['writeback'].append(row)

        def cell(s):
            return '%.1f [%.1f-%.1f]' % (s['median'], s['min'], s['max']) if s else '-'

        def kib(s):
            return '%d' % s['median'] if s else '-'
        print('%-16s %-22s %-22s %-6s %-9s %-9s' % (
            name, cell(row['base']['ms']), cell(row['series']['ms']),
            row['series_over_base'] or '-', kib(row['base']['kib']),
            kib(row['series']['kib'])))


def parse_map(path, tool='map'):
    """map_bench (or dio_bench) lines: name -> ([values], unit)."""
    res = {}
    for line in open(path):
        m = re.match(r'## %s (\S+) (\S+) (\S+)$' % tool, line.strip())
        if m:
            r = res.setdefault(m.group(1), ([], m.group(3)))
            r[0].append(float(m.group(2)))
    return res


def print_map(out, base, series, key='pinned_mappings',
              title='pinned pages: migration and NUMA balancing (map_bench: median'
                    ' [min-max]; move_pages of 64 MiB shmem, half pinned; NUMA per'
                    ' scan of 16 MiB pinned)'):
    if not base and not series:
        return
    print()
    print(title)
    print('%-18s %-10s %-24s %-24s %-6s' % ('measurement', 'unit', 'base', 'series', 's/b'))
    out[key] = []
    for name in dict.fromkeys(list(base) + list(series)):
        unit = (base.get(name) or series.get(name))[1]
        row = {'measurement': name, 'unit': unit,
               'base': stats(base.get(name, ([], ''))[0]),
               'series': stats(series.get(name, ([], ''))[0])}
        row['series_over_base'] = ratio((row['series'] or {}).get('median'),
                                        (row['base'] or {}).get('median'))
        out[key].append(row)

        def cell(s):
            return '%g [%g-%g]' % (s['median'], s['min'], s['max']) if s else '-'
        print('%-18s %-10s %-24s %-24s %-6s' % (
            name, unit, cell(row['base']), cell(row['series']),
            row['series_over_base'] if row['series_over_base'] is not None else '-'))


def parse(path):
    res, key = {}, None
    for line in open(path):
        m = re.match(r'## (\S+) (\S) (\d+)$', line.strip())
        if m:
            key = (m.group(1), MODES[m.group(2)], int(m.group(3)))
            res.setdefault(key, {'get': [], 'put': []})
            continue
        m = re.search(r'Time: get:(\d+) put:(\d+) us', line)
        if m and key:
            res[key]['get'].append(int(m.group(1)))
            res[key]['put'].append(int(m.group(2)))
    return res


def stats(v):
    if not v:
        return None
    return {'median': statistics.median(v), 'min': min(v), 'max': max(v), 'n': len(v)}


def ratio(a, b):
    return round(a / b, 2) if a and b else None


def main():
    base, series = parse(sys.argv[1]), parse(sys.argv[2])
    out = {'note': 'QEMU TCG: only ratios within one run mean anything',
           'unit': 'microseconds per gup_test call', 'results': []}
    keys = list(dict.fromkeys(list(base) + list(series)))
    print('gup_test benchmarks (median [min-max] us over %s runs; QEMU TCG: compare'
          ' ratios only, never absolute times across runs)' %
          max([len(x['get']) for x in list(base.values()) + list(series.values())] + [0]))
    print('%-8s %-4s %-13s %-20s %-20s %-7s %-9s %-9s' % (
        'pages', 'n', 'benchmark', 'base get', 'series get', 's/b', 'pin/get b', 'pin/get s'))
    for pages, mode, n in keys:
        row = {'pages': pages, 'pages_per_call': n, 'benchmark': mode}
        for name, res in (('base', base), ('series', series)):
            r = res.get((pages, mode, n), {'get': [], 'put': []})
            row[name] = {'get': stats(r['get']), 'put': stats(r['put'])}
        med = {k: (row[k]['get'] or {}).get('median') for k in ('base', 'series')}
        row['series_over_base'] = ratio(med['series'], med['base'])
        for k, res in (('base', base), ('series', series)):
            g = stats(res.get((pages, 'GUP_FAST', n), {'get': []})['get'])
            row['%s_over_gup_fast_%s' % (mode.lower(), k)] = \
                ratio(med[k], g['median'] if g else None)
        out['results'].append(row)

        def cell(s):
            return '%g [%g-%g]' % (s['median'], s['min'], s['max']) if s else 'n/a'
        print('%-8s %-4s %-13s %-20s %-20s %-7s %-9s %-9s' % (
            pages, n, mode, cell(row['base']['get']), cell(row['series']['get']),
            row['series_over_base'] or '-',
            row['%s_over_gup_fast_base' % mode.lower()] or '-',
            row['%s_over_gup_fast_series' % mode.lower()] or '-'))
    print_wb(out, parse_wb(sys.argv[1]), parse_wb(sys.argv[2]))
    print_map(out, parse_map(sys.argv[1]), parse_map(sys.argv[2]))
    print_map(out, parse_map(sys.argv[1], 'dio'), parse_map(sys.argv[2], 'dio'),
              'odirect', 'O_DIRECT on brd (dio_bench: median [min-max] of 64 MiB in'
              ' 4 KiB or 1 MiB calls; pins = nr_foll_pin_acquired per MiB)')
    json.dump(out, open(sys.argv[3], 'w'), indent=1)
    print('written to %s' % sys.argv[3])


if __name__ == '__main__':
    main()
