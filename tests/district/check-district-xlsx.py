#!/usr/bin/python3
"""Exports the district workbook of a generated project and reads it back.

Usage: check-district-xlsx.py RENREN_EVAL MAKE_DISTRICT
"""
import os
import subprocess
import sys
import tempfile

import openpyxl

binary, generator = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix='renren-district-xlsx-')
project = os.path.join(work, 'district.renren')
output = os.path.join(work, 'district.xlsx')
print('1..4')

subprocess.run([generator, '120', project], check=True)
result = subprocess.run([binary, 'export', project, '--district', '--output', output],
                        capture_output=True, text=True)
print('ok 1 /district-xlsx/exit' if result.returncode == 0 else f'not ok 1 /district-xlsx/exit # {result.stderr}')

book = openpyxl.load_workbook(output)
summary = book.worksheets[0]
rows = [row for row in summary.iter_rows(min_row=3, values_only=True) if row[1]]
print('ok 2 /district-xlsx/one-row-per-community' if len(rows) == 120
      else f'not ok 2 /district-xlsx/one-row-per-community # {len(rows)} rows')

totals = [row[7] for row in rows if isinstance(row[7], (int, float))]
print('ok 3 /district-xlsx/sorted-by-total' if totals == sorted(totals, reverse=True) and totals
      else 'not ok 3 /district-xlsx/sorted-by-total')

charts = book.worksheets[1]._charts
print('ok 4 /district-xlsx/native-chart' if len(charts) == 1 else f'not ok 4 /district-xlsx/native-chart # {len(charts)}')
