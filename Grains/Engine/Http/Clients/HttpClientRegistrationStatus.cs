namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>How a registration ended; the API maps these to 201, 400 and 409.</summary>
public enum HttpClientRegistrationStatus
{
    Registered,
    Invalid,
    Duplicate,
}
