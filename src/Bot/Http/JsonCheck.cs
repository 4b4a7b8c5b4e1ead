using System.Net;

namespace Bot.Http;

/// <summary>An API answer must be JSON; a proxy's HTML page or a stray text is named for what it is.</summary>
internal static class JsonCheck
{
    public static void ThrowIfUnusable(HttpResponseMessage response, MemoryStream body, HttpAnswerLimit limit)
    {
        if (!limit.ExpectJson || response.StatusCode == HttpStatusCode.NoContent)
        {
            return;
        }

        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        var first = start < 0 ? (byte)0 : bytes[start];
        if (first is (byte)'{' or (byte)'[')
        {
            return;
        }

        var status = response.StatusCode;
        var html = first == (byte)'<' || response.Content.Headers.ContentType?.MediaType == "text/html";
        var what = start < 0 ? "an empty answer"
            : html ? "an HTML page"
            : $"an answer that is not JSON ({HttpFailure.Count(bytes.Length)} bytes)";
        var message = response.IsSuccessStatusCode
            ? (start < 0 ? "the answer is empty" : html ? "the answer is an HTML page, not JSON" : $"the answer is not JSON ({HttpFailure.Count(bytes.Length)} bytes)")
            : $"HTTP {(int)status} with {what}";
        throw new HttpAnswerException(message, status);
    }
}
