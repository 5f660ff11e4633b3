using Spectre.Console;

namespace Tenken.Cli.Scan;

/// <summary>Progress of one phase of a scan; <see cref="Advance"/> may be called from several threads.</summary>
internal interface IPhaseProgress : IDisposable
{
    void Advance(string item, bool failed = false);
}

/// <summary>
/// A Spectre.Console progress bar. Spectre runs the display inside a callback, so the callback runs on its own task
/// and waits until the phase is disposed, while the scan advances the bar from its own thread.
/// </summary>
internal sealed class LiveProgress : IPhaseProgress
{
    private readonly TaskCompletionSource<ProgressTask> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _display;
    private readonly ProgressTask _task;
    private readonly string _description;

    public LiveProgress(IAnsiConsole console, string description, int total)
    {
        _description = description;
        _display = Task.Run(() =>
        {
            try
            {
                console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
                        _started.TrySetResult(task);
                        _finished.Task.Wait();
                        task.Value = task.MaxValue;
                        context.Refresh();
                    });
            }
            catch (Exception ex)
            {
                _started.TrySetException(ex);
            }
        });
        _task = _started.Task.GetAwaiter().GetResult();
    }

    public void Advance(string item, bool failed = false)
    {
        _task.Increment(1);
        _task.Description = Markup.Escape($"{_description} {(int)_task.Value}/{(int)_task.MaxValue}");
    }

    public void Dispose()
    {
        _finished.TrySetResult();
        _display.GetAwaiter().GetResult();
    }
}

/// <summary>Plain lines for logs: one at every tenth of the way and one for each failed item.</summary>
internal sealed class LineProgress(TextWriter writer, string description, int total) : IPhaseProgress
{
    private readonly Lock _lock = new();
    private int _done;
    private int _lastTenth;

    public void Advance(string item, bool failed = false)
    {
        lock (_lock)
        {
            _done++;
            var tenth = total == 0 ? 10 : _done * 10 / total;
            if (failed)
                writer.WriteLine($"{description} {_done}/{total}: 失敗 {item}");
            else if (tenth > _lastTenth || total <= 10)
                writer.WriteLine($"{description} {_done}/{total}（{_done * 100 / Math.Max(1, total)}%）{item}");
            _lastTenth = tenth;
        }
    }

    public void Dispose()
    {
    }
}
