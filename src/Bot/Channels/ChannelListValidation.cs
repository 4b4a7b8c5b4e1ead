using Microsoft.Extensions.Options;

namespace Bot.Channels;

/// <summary>Fails start-up with every message of <see cref="ChannelListReader"/>, each naming its key.</summary>
public sealed class ChannelListValidation : IValidateOptions<ChannelListOptions>
{
    public ValidateOptionsResult Validate(string? name, ChannelListOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(options.Errors);
    }
}
