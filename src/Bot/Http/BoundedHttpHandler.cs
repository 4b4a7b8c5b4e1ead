using System.Buffers;
using System.Net;

namespace Bot.Http;

/// <summary>
/// Bounds every answer that passes through: the body is read here, at most <see cref="HttpAnswerLimit.MaxBytes"/> of
/// it, under one deadline that covers connecting, the headers and every byte of the body (so a server trickling a byte
/// a second is cut off too), then handed on in memory. Anything unusable becomes one <see cref="HttpAnswerException"/>.
/// </summary>
public sealed class BoundedHttpHandler : DelegatingHandler
{
    private const int ChunkBytes = 16 * 1024;

    private readonly Func<HttpRequestMessage, HttpAnswerLimit> _limitFor;
    private readonly TimeProvider _time;

    /// <param name="limitFor">The limit for a request (a long poll may need more time and bytes than a send).</param>
    public BoundedHttpHandler(Func<HttpRequestMessage, HttpAnswerLimit> limitFor, TimeProvider time, HttpMessageHandler? inner = null)
    {
        _limitFor = limitFor;
        _time = time;
        if (inner is not null)
        {
            InnerHandler = inner;
        }
    }

    public BoundedHttpHandler(HttpAnswerLimit limit, TimeProvider time, HttpMessageHandler? inner = null)
        : this(_ => limit, time, inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var limit = _limitFor(request);
        using var deadline = new CancellationTokenSource(limit.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        HttpResponseMessage? response = null;
        var progress = new ReadProgress();
        try
        {
            response = await base.SendAsync(request, linked.Token);
            var body = await ReadBodyAsync(response, limit, progress, linked.Token);
            JsonCheck.ThrowIfUnusable(response, body, limit);
            var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
            foreach (var header in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            var received = progress.Bytes > 0 ? $" (received {HttpFailure.Count(progress.Bytes)} bytes)" : "";
            throw new HttpAnswerException($"no answer within {HttpFailure.Seconds(limit.Timeout)}{received}", response?.StatusCode);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    private static async Task<MemoryStream> ReadBodyAsync(
        HttpResponseMessage response, HttpAnswerLimit limit, ReadProgress progress, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var declared = response.Content.Headers.ContentLength;
        if (declared > limit.MaxBytes)
        {
            throw new HttpAnswerException(
                $"answer larger than {HttpFailure.Size(limit.MaxBytes)} ({HttpFailure.Count(declared.Value)} bytes announced)", status);
        }

        var body = new MemoryStream((int)Math.Min(declared ?? ChunkBytes, limit.MaxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            while (true)
            {
                int read;
                try
                {
                    read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken);
                }
                catch (IOException) when (cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
                catch (IOException exception)
                {
                    throw new HttpAnswerException(Cut(progress.Bytes, declared), exception);
                }

                if (read == 0)
                {
                    break;
                }

                progress.Bytes += read;
                if (progress.Bytes > limit.MaxBytes)
                {
                    throw new HttpAnswerException($"answer larger than {HttpFailure.Size(limit.MaxBytes)}", status);
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (declared is { } expected && progress.Bytes < expected)
        {
            throw new HttpAnswerException(Cut(progress.Bytes, declared), status);
        }

        return body;
    }

    private static string Cut(long received, long? declared) => declared is { } expected
        ? $"connection closed after {HttpFailure.Count(received)} of {HttpFailure.Count(expected)} bytes"
        : $"connection closed after {HttpFailure.Count(received)} bytes";

    private sealed class ReadProgress
    {
        public long Bytes { get; set; }
    }
}
