namespace Bot.DiscordAdapter;

/// <summary><c>Discord:CoverStyle</c>: where an announcement embed shows the post's cover.</summary>
public enum DiscordCoverStyle
{
    /// <summary>The embed's large <c>image</c> under the description.</summary>
    Image,

    /// <summary>The embed's small <c>thumbnail</c> at the top right.</summary>
    Thumbnail,

    /// <summary>No cover.</summary>
    Off,
}
