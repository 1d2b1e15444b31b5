namespace LlmTutorBot.Core.Caching;

/// <summary>The shared store (Redis or the embedded one) could not be reached: the operation may succeed shortly.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : this("The shared store (Redis) cannot be reached: check ConnectionStrings:Redis and that the server is up.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
