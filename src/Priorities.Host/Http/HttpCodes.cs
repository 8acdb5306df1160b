namespace Priorities.Host.Http;

/// <summary>Diagnostic codes of the HTTP API's own input checks.</summary>
internal static class HttpCodes
{
    /// <summary>The body is not valid UTF-8.</summary>
    public const string NotUtf8 = "PR8101";

    /// <summary>An include of posted rule-set text could not be read.</summary>
    public const string IncludeUnreadable = "PR8104";

    /// <summary>A query parameter has a value the endpoint does not know.</summary>
    public const string BadQuery = "PR8105";
}
