#!/usr/bin/python3
"""Builds the demo project with the renren-eval command line.

Usage: make-demo.py RENREN_EVAL OUTPUT.renren

The demo has three streets with three communities and a village, each with
a self-evaluation. 五星社区 also has a comprehensive evaluation by three
raters and an earlier self-evaluation, so every page, the trend and the
rectification list's comparison have something to show. The names are
invented.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary, output = sys.argv[1], sys.argv[2]
# Beside the output, so that the final os.replace() stays on one file
# system. With /tmp on tmpfs, os.replace() from /tmp fails with EXDEV.
work = tempfile.mkdtemp(prefix='renren-demo-', dir=os.path.dirname(os.path.abspath(output)))
temporary = os.path.join(work, 'demo.renren')


def run(*args, stdin=None):
    result = subprocess.run([binary, *args], input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f'renren-eval {" ".join(args)} failed: {result.stderr}')
    return result.stdout.strip()


def write_json(name, value):
    path = os.path.join(work, name)
    with open(path, 'w', encoding='utf-8') as file:
        json.dump(value, file, ensure_ascii=False)
    return path


def months(start, end):
    year, month = map(int, start.split('-'))
    stop = tuple(map(int, end.split('-')))
    while (year, month) <= stop:
        yield year, month
        month += 1
        if month > 12:
            year, month = year + 1, 1


def figures(period, population, households, area, resident_area, workers, certified, previous,
            volunteers, organisations, covenant, satisfaction, sorting, skip_months=()):
    start, end = period.split('..')
    dates = [f'{y:04d}-{m:02d}-15' for y, m in months(start, end) if f'{y:04d}-{m:02d}' not in skip_months]
    return {
        'resident_population': population, 'households': households,
        'service_facility_area_m2': area, 'resident_service_area_m2': resident_area,
        'social_workers': workers, 'certified_social_workers': certified,
        'previous_certified_share': previous, 'volunteers': volunteers,
        'social_organizations': organisations,
        'covenant_respondents': covenant[0], 'covenant_aware': covenant[1],
        'satisfaction_respondents': satisfaction[0], 'satisfaction_satisfied': satisfaction[1],
        'sorting_facilities_planned': sorting[0], 'sorting_facilities_built': sorting[1],
        'council_meeting_dates': dates,
    }


def scores(raters, levels, notes=None, overrides=None):
    """levels: a string of 24 letters, M 达标, B 基本达标, F 未达标, N 不适用.

    overrides: {rater: {task: letter}} for raters who judge a task apart.
    """
    names = {'M': '达标', 'B': '基本达标', 'F': '未达标', 'N': '不适用'}
    entries = []
    for rater, role, shift in raters:
        for task in range(1, 25):
            letter = levels[(task - 1 + shift) % 24] if shift else levels[task - 1]
            letter = (overrides or {}).get(rater, {}).get(task, letter)
            entry = {'rater': rater, 'role': role, 'task': task, 'level': names[letter]}
            note = (notes or {}).get(task)
            if note:
                entry['note'] = note
            elif letter == 'N':
                entry['note'] = '本社区无此项情况'
            entries.append(entry)
    return entries


run('project', 'new', temporary)
communities = [
    ('五星社区', '五星街道', 'community', '320404001001'),
    ('勤业社区', '五星街道', 'community', '320404001002'),
    ('永红社区', '永红街道', 'community', '320404002001'),
    ('新闸村', '新闸街道', 'village', '320404003201'),
]
for name, street, kind, code in communities:
    run('community', 'add', temporary, '--name', name, '--street', street, '--type', kind, '--code', code)

self_group = [('综合协调组', '综合协调组', 0)]
plans = [
    ('320404001001', 'self', '2026-01..2026-06',
     figures('2026-01..2026-06', 8600, 3120, 980.5, 720, 16, 9, 0.5, 1800, 12,
             (400, 372), (400, 368), (60, 60)),
     scores(self_group, 'MMMMMBMMMMMMMMMBMMMMMMMM'),
     {11: '志愿者登记册已更新', 13: '服务中心面积核对无误'}),
    ('320404001001', 'comprehensive', '2026-01..2026-06',
     figures('2026-01..2026-06', 8600, 3120, 980.5, 720, 16, 9, 0.5, 1800, 12,
             (400, 372), (400, 368), (60, 60)),
     scores([('王建国', '上级部门', 0), ('陈丽华', '专家', 0), ('刘志强', '居民代表', 0)],
            'MMMMMBMMMMMMMMMBMMMMMMBM', {},
            {'刘志强': {9: 'F', 23: 'F', 16: 'M'}, '陈丽华': {6: 'F', 12: 'B'}}), {}),
    ('320404001002', 'self', '2026-01..2026-06',
     figures('2026-01..2026-06', 5001, 1234, 327.7, 240, 9, 3, 0.35, 1000, 9,
             (300, 269), (300, 276), (40, 38), skip_months=('2026-03',)),
     scores(self_group, 'BMMBMFBMMMBMFMMBFMBMMMBB', {3: '人人议事厅正在装修', 13: '新服务中心尚未启用'}),
     {}),
    ('320404002001', 'self', '2025-07..2025-12',
     figures('2025-07..2025-12', 12040, 4300, 1400, 1000, 22, 10, 0.4, 2500, 15,
             (500, 455), (500, 451), (80, 80)),
     scores(self_group, 'MMMMMMMMMMMMMMMMMMMMMMMM'), {}),
    ('320404003201', 'self', '2026-01..2026-06',
     figures('2026-01..2026-06', 2600, 880, 300, 220, 5, 2, 0.3, 530, 6,
             (120, 110), (120, 109), (20, 20)),
     scores(self_group, 'MBMMMMMBMNMMMMMNMBMMMMMN'), {}),
    ('320404001001', 'self', '2025-07..2025-12',
     figures('2025-07..2025-12', 8550, 3100, 900, 600, 14, 6, 0.4, 1650, 9,
             (400, 350), (400, 352), (60, 52), skip_months=('2025-09',)),
     scores(self_group, 'BMMMBFMBMMBMFMMBFMMMBMBM',
            {1: '9 月未召开议事会', 13: '服务中心面积不足，正在扩建', 17: '分类设施尚有 8 处未建成'}),
     {}),
]
for code, kind, period, figure_values, score_values, _notes in plans:
    evaluation = run('evaluation', 'new', temporary, '--community', code, '--kind', kind, '--period', period)
    run('import-figures', temporary, evaluation, write_json(f'figures-{evaluation}.json', figure_values))
    run('import-scores', temporary, evaluation, write_json(f'scores-{evaluation}.json', score_values))

os.replace(temporary, output)
shutil.rmtree(work)
