using System.Text;

namespace KosovoBot.Tests.Web;

/// <summary>Console output the test can await: completes when the text written so far contains a string.</summary>
internal sealed class WatchedWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get { lock (_gate) { return _text.ToString(); } }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
            var all = _text.ToString();
            foreach (var wait in _waits.Where(w => all.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                _waits.Remove(wait);
                wait.Seen.TrySetResult();
            }
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        Write(value + "\n");
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync()
    {
        Write("\n");
        return Task.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Completes once the output contains <paramref name="text"/>, or fails after <paramref name="timeout"/>.</summary>
    public Task WaitForAsync(string text, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_text.ToString().Contains(text, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((text, seen));
            return seen.Task.WaitAsync(timeout);
        }
    }
}
