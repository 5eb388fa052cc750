using System.Threading.Channels;

namespace KosovoBot.Tests.Web;

/// <summary>Console input the test types line by line; <see cref="End"/> is end of input.</summary>
internal sealed class LineFeed : TextReader
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public void End() => _lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _lines.Reader.WaitToReadAsync(cancellationToken) && _lines.Reader.TryRead(out var line) ? line : null;
}
