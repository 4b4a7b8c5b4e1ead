using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Tests.Fakes;

/// <summary>
/// A raw TCP server on 127.0.0.1 that reads each request, answers headers announcing 1,000 bytes plus the first 11
/// of them, then closes the connection cleanly. Raw, because Kestrel's abort resets the socket and the reset can
/// overtake the bytes.
/// </summary>
internal sealed class CutOffHttpServer : IAsyncDisposable
{
    public const string Head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"ok\":true,";

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private Task accepting = Task.CompletedTask;
    private int requests;

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public int Requests => Volatile.Read(ref requests);

    public static CutOffHttpServer Start()
    {
        var server = new CutOffHttpServer();
        server.listener.Start();
        server.accepting = server.AcceptAsync();
        return server;
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var received = new List<byte>();
            var buffer = new byte[4096];
            int headerEnd;
            while ((headerEnd = IndexOfBlankLine(received)) < 0)
            {
                var read = await stream.ReadAsync(buffer, stopping.Token);
                if (read == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }

            var length = ContentLength(Encoding.ASCII.GetString([.. received.Take(headerEnd)]));
            while (received.Count < headerEnd + 4 + length)
            {
                var read = await stream.ReadAsync(buffer, stopping.Token);
                if (read == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }

            Interlocked.Increment(ref requests);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head), stopping.Token);
            client.Client.Shutdown(SocketShutdown.Send);
        }
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static int ContentLength(string headers) => headers.Split("\r\n")
        .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
        .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture))
        .FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
