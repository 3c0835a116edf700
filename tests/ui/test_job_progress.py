"""A job that steps once per row does not flood the window with progress updates."""

from __future__ import annotations

from desktop.services.jobs import JobControl
from desktop.ui.tasks import Job, TaskRunner


def test_row_by_row_progress_reaches_the_window_about_ten_times_a_second(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    job = Job()
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: seen.append((done, total)))

    def work(control: JobControl) -> int:
        for n in range(200_000):
            control.step(n + 1, 200_000)
        return 200_000

    with qtbot.waitSignal(job.finished, timeout=30000):
        runner.start_job(job, work)
    qtbot.wait(50)  # queued updates arrive
    assert seen[0] == (1, 200_000)
    assert seen[-1] == (200_000, 200_000)  # the last step always arrives
    assert len(seen) < 200  # not 200,000 queued signals
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
