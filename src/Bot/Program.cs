using Bot.Cli;

return await BotCli.Create().Parse(args).InvokeAsync();
