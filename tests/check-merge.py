#!/usr/bin/python3
"""Three raters score copies of one project; merging them brings every score
back, adds evidence once, and reports the planted conflict instead of
deciding it. Prints TAP.

Usage: check-merge.py RENREN_EVAL
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary = sys.argv[1]
work = tempfile.mkdtemp(prefix='renren-merge-')
results = []


def run(*args, check=True):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f'renren-eval {" ".join(args)}: {result.stderr}')
    return result


def path(name):
    return os.path.join(work, name)


def write_scores(name, entries):
    with open(path(name), 'w', encoding='utf-8') as file:
        json.dump(entries, file, ensure_ascii=False)
    return path(name)


def test(name, function):
    try:
        function()
        results.append((True, name, ''))
    except Exception as error:  # noqa: BLE001 - each failure becomes a TAP line
        results.append((False, name, f'{type(error).__name__}: {error}'))


def levels(project, evaluation):
    scores = json.loads(run('score', project, evaluation).stdout)
    return {(rating['rater'], task['task']): rating['level']
            for task in scores['tasks'] for rating in task['ratings']}


target = path('district.renren')
run('project', 'new', target)
run('community', 'add', target, '--name', '五星社区', '--street', '五星街道', '--type', 'community', '--code', 'C1')
evaluation = run('evaluation', 'new', target, '--community', 'C1', '--kind', 'comprehensive',
                 '--period', '2026-01..2026-06').stdout.strip()
copies = {}
for rater in ('wang', 'chen', 'liu'):
    copies[rater] = path(f'{rater}.renren')
    shutil.copyfile(target, copies[rater])

raters = {'wang': ('王建国', '上级部门'), 'chen': ('陈丽华', '专家'), 'liu': ('刘志强', '居民代表')}
for rater, (name, role) in raters.items():
    entries = [{'rater': name, 'role': role, 'task': task, 'level': '达标'} for task in range(1, 25)]
    run('import-scores', copies[rater], evaluation, write_scores(f'{rater}.json', entries))

# 刘志强 also entered 王建国's task 1 on his laptop, differently: the conflict.
run('import-scores', copies['liu'], evaluation,
    write_scores('planted.json', [{'rater': '王建国', 'role': '上级部门', 'task': 1, 'level': '未达标',
                                   'note': '议事会记录不全'}]))
# The same photo added in two copies is stored once.
photo = path('议事会.jpg')
with open(photo, 'wb') as file:
    file.write(b'photo bytes')
run('evidence', 'add', copies['wang'], evaluation, '--task', '1', photo)
run('evidence', 'add', copies['chen'], evaluation, '--task', '1', photo)

merge = run('merge', target, copies['wang'], copies['chen'], copies['liu'], check=False)
report = json.loads(merge.stdout) if merge.stdout else {}


def every_score_present():
    merged = levels(target, evaluation)
    for name, _role in raters.values():
        for task in range(1, 25):
            assert (name, task) in merged, (name, task)
    assert merged[('王建国', 1)] == '达标', merged[('王建国', 1)]


def conflict_reported():
    assert merge.returncode == 1, (merge.returncode, merge.stderr)
    assert len(report['conflicts']) == 1, report['conflicts']
    conflict = report['conflicts'][0]
    assert conflict['rater'] == '王建国', conflict
    assert conflict['task'] == 1, conflict
    assert conflict['target_level'] == '达标', conflict
    assert conflict['source_level'] == '未达标', conflict
    assert conflict['source'] == copies['liu'], conflict


def counts():
    assert report['raters_added'] == 3, report
    assert report['scores_added'] == 72, report
    assert report['evidence_added'] == 1, report
    assert report['unmatched_evaluations'] == 0, report


def merging_again_adds_nothing():
    again = run('merge', target, copies['wang'], copies['chen'], check=False)
    repeated = json.loads(again.stdout)
    assert again.returncode == 0, again.stderr
    assert repeated['scores_added'] == 0, repeated
    assert repeated['evidence_added'] == 0, repeated


def other_project_unmatched():
    other = path('other.renren')
    run('project', 'new', other)
    run('community', 'add', other, '--name', '勤业社区', '--street', '五星街道', '--type', 'community', '--code', 'C2')
    run('evaluation', 'new', other, '--community', 'C2', '--kind', 'self', '--period', '2026-01..2026-06')
    result = run('merge', target, other, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)['unmatched_evaluations'] == 1


def bad_arguments():
    assert run('merge', target, check=False).returncode == 2
    assert run('merge', target, path('missing.renren'), check=False).returncode == 2
    assert run('merge', path('missing.renren'), copies['wang'], check=False).returncode == 2


def finalise_and_reopen():
    run('evaluation', 'finalise', target, evaluation)
    entries = write_scores('late.json', [{'rater': '王建国', 'role': '上级部门', 'task': 2, 'level': '未达标'}])
    late = run('import-scores', target, evaluation, entries, check=False)
    assert late.returncode == 1, late.returncode
    assert run('evaluation', 'reopen', target, evaluation, check=False).returncode == 2
    run('evaluation', 'reopen', target, evaluation, '--reason', '区里要求复核')
    run('import-scores', target, evaluation, entries)
    assert levels(target, evaluation)[('王建国', 2)] == '未达标'
    run('evaluation', 'submit', target, evaluation)


def recorded_template_used():
    import sqlite3

    project = path('template.renren')
    run('project', 'new', project)
    run('community', 'add', project, '--name', '湖塘社区', '--street', '湖塘镇', '--type', 'community', '--code', 'T1')
    created = run('evaluation', 'new', project, '--community', 'T1', '--kind', 'self',
                  '--period', '2026-01..2026-06').stdout.strip()
    assert json.loads(run('score', project, created).stdout)['max'] == 96.0
    # A district that gave binding tasks 10 points when this evaluation began
    # keeps that rule, whatever the built-in default is now.
    with sqlite3.connect(project) as database:
        text = database.execute('SELECT json FROM templates').fetchone()[0]
        database.execute('UPDATE templates SET json = ?', (text.replace('"points": 5', '"points": 10'),))
    assert json.loads(run('score', project, created).stdout)['max'] == 156.0


test('/merge/every-score-present', every_score_present)
test('/merge/conflict-reported-not-resolved', conflict_reported)
test('/merge/counts', counts)
test('/merge/again-adds-nothing', merging_again_adds_nothing)
test('/merge/other-project-unmatched', other_project_unmatched)
test('/merge/bad-arguments', bad_arguments)
test('/evaluation/finalise-and-reopen', finalise_and_reopen)
test('/template/recorded-template-used', recorded_template_used)

print(f'1..{len(results)}')
for number, (ok, name, message) in enumerate(results, 1):
    for line in message.splitlines():
        print(f'# {line}')
    print(f'{"ok" if ok else "not ok"} {number} {name}')
shutil.rmtree(work, ignore_errors=True)
