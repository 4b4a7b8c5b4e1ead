using System.Net;

namespace Bot.Http;

/// <summary>
/// An HTTP answer that could not be used, in one line that says what happened ("answer larger than 1 MiB",
/// "connection closed after 11 of 1,000 bytes", "no answer within 30 s", "HTTP 502 with an HTML page").
/// Never carries the request URL, so no token that travels in a URL can leak through it.
/// </summary>
public sealed class HttpAnswerException : HttpRequestException
{
    public HttpAnswerException()
    {
    }

    public HttpAnswerException(string message)
        : base(message)
    {
    }

    public HttpAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpAnswerException(string message, HttpStatusCode? statusCode)
        : base(message, null, statusCode)
    {
    }
}
